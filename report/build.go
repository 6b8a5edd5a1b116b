package report

import (
	"cmp"
	"html/template"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"factpipe/tables"
)

// page is everything the template shows.
type page struct {
	Documents, Figures, Quantities int
	Kinds                          []kindCount // contradictions per kind
	Grouping                       string      // "story" or "quantity"
	Sections                       []section
	Rest                           []restRow
	Other                          []contraRow // contradictions that compare no figures
	HasConfidence                  bool
	Map                            template.HTML
	Mapped                         int
	Unresolved                     []entityCount
	Data                           pageData
}

type kindCount struct {
	Kind  string
	Count int
}

// section is one drawn group.
type section struct {
	ID, Title, Kind string
	Claims, Sources int
	numericRows     int   // disputes and revisions
	quantity        []int // indexes into Set.Quantities
	Panels          []panel
	Contradictions  []contraRow
	People          []entityCount
	Places          []entityCount
	Orgs            []entityCount
	Map             template.HTML // the section's located places; "" when none
}

// panel is the chart of one quantity.
type panel struct {
	Title  string
	Chart  template.HTML
	Legend []legendItem
}

type legendItem struct {
	Colour, Source string
	Claims         int
}

// contraRow is one contradiction as the page tells it.
type contraRow struct {
	ID, Kind, Label string // Label: "Dispute", "Revision", ...
	Summary         string // "400 vs 89", "63 → 89"; "" for kinds without figures
	Subject         string
	A, B            claimSide
	Explanation     string
	Confidence      string // "" when the output has none
}

type claimSide struct {
	Claim, Sentence, Source, Date string
}

type entityCount struct {
	Name, Detail string
	Mentions     int
}

// restRow is a section that is not drawn.
type restRow struct {
	Title, Kind         string
	Claims, Sources     int
	Range               string
	Disputes, Revisions int
}

// pageData is the machine-readable summary embedded in the page as JSON.
type pageData struct {
	Grouping       string         `json:"grouping"`
	Sections       []string       `json:"sections"`
	Contradictions map[string]int `json:"contradictions"`
}

// index holds the lookups that building a page needs.
type index struct {
	in        Input
	figure    map[string]*tables.Figure
	doc       map[string]*tables.Document
	byFigure  map[string][]int // figure ID -> indexes of contradictions
	mentions  map[string][]int // document ID -> indexes of mentions
	entity    map[string]entityInfo
	place     map[string]*tables.Place
	numericOf map[int]bool   // contradiction indexes that compare figures
	contraAt  map[string]int // contradiction ID -> index
}

type entityInfo struct {
	name, kind, detail string
}

func newIndex(in Input) *index {
	s := &in.Set
	ix := &index{in: in, figure: map[string]*tables.Figure{}, doc: map[string]*tables.Document{},
		byFigure: map[string][]int{}, mentions: map[string][]int{}, entity: map[string]entityInfo{}, place: map[string]*tables.Place{}, numericOf: map[int]bool{}, contraAt: map[string]int{}}
	for i := range s.Figures {
		ix.figure[s.Figures[i].FigureID] = &s.Figures[i]
	}
	for i := range s.Documents {
		ix.doc[s.Documents[i].DocID] = &s.Documents[i]
	}
	for i, c := range s.Contradictions {
		ix.contraAt[c.ContradictionID] = i
		if c.FigureA == nil || c.FigureB == nil {
			continue
		}
		ix.numericOf[i] = true
		ix.byFigure[*c.FigureA] = append(ix.byFigure[*c.FigureA], i)
		if *c.FigureB != *c.FigureA {
			ix.byFigure[*c.FigureB] = append(ix.byFigure[*c.FigureB], i)
		}
	}
	for i, m := range s.Mentions {
		ix.mentions[m.DocID] = append(ix.mentions[m.DocID], i)
	}
	for _, p := range s.People {
		ix.entity[p.PersonID] = entityInfo{p.Name, "person", ""}
	}
	for i, p := range s.Places {
		ix.entity[p.PlaceID] = entityInfo{p.Name, "place", placeDetail(p)}
		ix.place[p.PlaceID] = &s.Places[i]
	}
	for _, o := range s.Organizations {
		ix.entity[o.OrganizationID] = entityInfo{o.Name, "organization", ""}
	}
	return ix
}

// build turns the tables into the page.
func build(in Input, opts Options) page {
	ix := newIndex(in)
	s := &in.Set
	p := page{Documents: len(s.Documents), Figures: len(s.Figures), Quantities: len(s.Quantities),
		Grouping: "quantity", HasConfidence: in.Confidence != nil}
	if in.Stories != nil {
		p.Grouping = "story"
	}
	p.Kinds = kindCounts(s.Contradictions)
	var all []section
	for _, g := range groups(in) {
		all = append(all, ix.section(g))
	}
	rank(all)
	n := min(opts.sections(), len(all))
	p.Sections = all[:n]
	for _, sec := range all[n:] {
		p.Rest = append(p.Rest, ix.restRow(sec))
	}
	for i := range p.Sections {
		ix.draw(&p.Sections[i])
	}
	for i, c := range s.Contradictions {
		if !ix.numericOf[i] {
			p.Other = append(p.Other, ix.contraRow(c))
		}
	}
	p.Map, p.Mapped, p.Unresolved = worldMap(s.Places)
	p.Data = pageData{Grouping: p.Grouping, Contradictions: map[string]int{}}
	for _, sec := range p.Sections {
		p.Data.Sections = append(p.Data.Sections, sec.Title)
	}
	for _, k := range p.Kinds {
		p.Data.Contradictions[k.Kind] = k.Count
	}
	return p
}

func kindCounts(cs []tables.Contradiction) []kindCount {
	n := map[string]int{}
	for _, c := range cs {
		n[c.Kind]++
	}
	var ks []kindCount
	for _, k := range slices.Sorted(maps.Keys(n)) {
		ks = append(ks, kindCount{k, n[k]})
	}
	return ks
}

// section gathers what ranking needs of a group: its claims, sources and
// contradictions; draw adds the rest for the sections that are drawn.
func (ix *index) section(g group) section {
	sec := section{ID: g.id, Title: g.title, Kind: g.kind}
	sources := map[string]bool{}
	seen := map[int]bool{}
	for _, qi := range g.quantity {
		for _, id := range ix.in.Set.Quantities[qi].FigureIDs {
			f := ix.figure[id]
			if f == nil {
				continue
			}
			sec.Claims++
			sources[ix.source(f)] = true
			for _, ci := range ix.byFigure[id] {
				if !seen[ci] {
					seen[ci] = true
					sec.Contradictions = append(sec.Contradictions, contraRow{ID: ix.in.Set.Contradictions[ci].ContradictionID})
				}
			}
		}
	}
	sec.Sources = len(sources)
	sec.numericRows = len(seen)
	sec.quantity = g.quantity
	return sec
}

// draw fills in the charts, contradictions and entities of a section.
func (ix *index) draw(sec *section) {
	s := &ix.in.Set
	rows := make([]contraRow, 0, len(sec.Contradictions))
	var marks []tables.Contradiction
	for _, r := range sec.Contradictions {
		c := s.Contradictions[ix.contraAt[r.ID]]
		rows = append(rows, ix.contraRow(c))
		marks = append(marks, c)
	}
	sec.Contradictions = rows
	docs := map[string]bool{}
	sec.Panels = make([]panel, len(sec.quantity))
	for i, qi := range sec.quantity {
		q := s.Quantities[qi]
		var cl []claim
		for _, id := range q.FigureIDs {
			if f := ix.figure[id]; f != nil {
				cl = append(cl, ix.claim(f))
				docs[f.DocID] = true
			}
		}
		sec.Panels[i].Title = quantityTitle(q)
		sec.Panels[i].Chart, sec.Panels[i].Legend = drawChart(cl, marks, axisLabel(q))
	}
	counts := ix.mentionCounts(docs)
	sec.People, sec.Places, sec.Orgs = ix.topEntities(counts)
	sec.Map = sectionMap(ix.locatedPlaces(counts))
}

// restRow is a section that is not drawn, as a row of the table of the rest.
func (ix *index) restRow(sec section) restRow {
	r := restRow{Title: sec.Title, Kind: sec.Kind, Claims: sec.Claims, Sources: sec.Sources}
	for _, c := range sec.Contradictions {
		if ix.in.Set.Contradictions[ix.contraAt[c.ID]].Kind == "revision" {
			r.Revisions++
		} else {
			r.Disputes++
		}
	}
	var lo, hi *float64
	for _, qi := range sec.quantity {
		q := ix.in.Set.Quantities[qi]
		if q.Low != nil && (lo == nil || *q.Low < *lo) {
			lo = q.Low
		}
		if q.High != nil && (hi == nil || *q.High > *hi) {
			hi = q.High
		}
	}
	r.Range = rangeText(lo, hi)
	return r
}

func rangeText(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return formatNumber(*lo)
	case lo != nil && hi != nil:
		return formatNumber(*lo) + "–" + formatNumber(*hi)
	case lo != nil:
		return "≥ " + formatNumber(*lo)
	case hi != nil:
		return "≤ " + formatNumber(*hi)
	}
	return ""
}

// source names who makes a figure's claim: its claimant, else the outlet
// of its article, else the article's path, marked "(unattributed)".
func (ix *index) source(f *tables.Figure) string {
	if f.Claimant != nil && *f.Claimant != "" {
		return *f.Claimant
	}
	where := f.DocID
	if d := ix.doc[f.DocID]; d != nil {
		where = d.Path
		if d.Outlet != nil && *d.Outlet != "" {
			where = *d.Outlet
		}
	}
	return where + " (unattributed)"
}

// day is when a figure's claim was made: its own date, else its article's;
// nil when neither is known.
func (ix *index) day(f *tables.Figure) *int32 {
	if f.ClaimedOn != nil {
		return f.ClaimedOn
	}
	if d := ix.doc[f.DocID]; d != nil {
		return d.Published
	}
	return nil
}

func (ix *index) claim(f *tables.Figure) claim {
	return claim{id: f.FigureID, day: ix.day(f), value: f.Value, low: f.Low, high: f.High,
		qualifier: f.Qualifier, source: ix.source(f), label: figureLabel(f), text: f.Text}
}

func (ix *index) contraRow(c tables.Contradiction) contraRow {
	r := contraRow{ID: c.ContradictionID, Kind: c.Kind, Label: kindLabel(c.Kind), Subject: orDefault(c.Subject, ""),
		Explanation: c.Explanation}
	r.A = ix.side(c.ClaimA, c.SourceA, c.FigureA, c.DocA)
	r.B = ix.side(c.ClaimB, c.SourceB, c.FigureB, c.DocB)
	if c.FigureA != nil && c.FigureB != nil {
		fa, fb := ix.figure[*c.FigureA], ix.figure[*c.FigureB]
		if fa != nil && fb != nil {
			r.Summary = contraSummary(c.Kind, figureLabel(fa), figureLabel(fb))
		}
	}
	if conf, ok := ix.in.Confidence[c.ContradictionID]; ok {
		r.Confidence = strconv.FormatFloat(conf, 'f', 2, 64)
	}
	return r
}

func (ix *index) side(claim string, source, figure *string, docID string) claimSide {
	cs := claimSide{Claim: claim, Source: orDefault(source, "")}
	if figure != nil {
		if f := ix.figure[*figure]; f != nil {
			cs.Sentence = f.SentenceText
			cs.Date = dayText(ix.day(f))
			return cs
		}
	}
	if d := ix.doc[docID]; d != nil {
		cs.Date = dayText(d.Published)
	}
	return cs
}

// contraSummary is the short form of a numeric contradiction: "400 vs 89"
// for a dispute, "63 → 89" for a revision.
func contraSummary(kind, a, b string) string {
	if kind == "revision" {
		return a + " → " + b
	}
	return a + " vs " + b
}

func kindLabel(kind string) string {
	switch kind {
	case "numeric_dispute":
		return "Dispute"
	case "revision":
		return "Revision"
	case "name_variant":
		return "Name variant"
	case "date_conflict":
		return "Date conflict"
	case "place_conflict":
		return "Place conflict"
	}
	return kind
}

// maxEntities is how many people, places and organisations a section lists
// of each kind.
const maxEntities = 8

// mentionCounts counts the mentions of each entity in docs.
func (ix *index) mentionCounts(docs map[string]bool) map[string]int {
	n := map[string]int{}
	for d := range docs {
		for _, mi := range ix.mentions[d] {
			n[ix.in.Set.Mentions[mi].EntityID]++
		}
	}
	return n
}

// topEntities returns the most mentioned entities of each kind.
func (ix *index) topEntities(counts map[string]int) (people, places, orgs []entityCount) {
	byKind := map[string][]entityCount{}
	for id, count := range counts {
		e, ok := ix.entity[id]
		if !ok {
			continue
		}
		byKind[e.kind] = append(byKind[e.kind], entityCount{Name: e.name, Detail: e.detail, Mentions: count})
	}
	top := func(es []entityCount) []entityCount {
		slices.SortFunc(es, func(a, b entityCount) int {
			return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Name, b.Name), strings.Compare(a.Detail, b.Detail))
		})
		return es[:min(len(es), maxEntities)]
	}
	return top(byKind["person"]), top(byKind["place"]), top(byKind["organization"])
}

// locatedPlaces returns the places among counts that have coordinates,
// with their mentions in the section.
func (ix *index) locatedPlaces(counts map[string]int) []located {
	var ls []located
	for id, count := range counts {
		p := ix.place[id]
		if p == nil || p.Latitude == nil || p.Longitude == nil {
			continue
		}
		ls = append(ls, located{name: p.Name, detail: placeDetail(*p), lat: *p.Latitude, lon: *p.Longitude, mentions: count})
	}
	return ls
}

// placeDetail is where the gazetteer puts a place: "Île-de-France, FR" for Paris;
// "" when it does not resolve it.
func placeDetail(p tables.Place) string {
	var parts []string
	if p.AdminRegion != nil && *p.AdminRegion != p.Name {
		parts = append(parts, *p.AdminRegion)
	}
	if p.CountryCode != nil {
		parts = append(parts, *p.CountryCode)
	}
	return strings.Join(parts, ", ")
}

// figureLabel is a figure's claim in short: "89", "about 600", "60–70",
// "≥ 89", "≤ 80", "hundreds (200–999)".
func figureLabel(f *tables.Figure) string {
	switch f.Qualifier {
	case "at_least":
		if f.Low != nil {
			return "≥ " + formatNumber(*f.Low)
		}
	case "at_most":
		if f.High != nil {
			return "≤ " + formatNumber(*f.High)
		}
	case "approx":
		if f.Value != nil {
			return "about " + formatNumber(*f.Value)
		}
	}
	if f.Value != nil {
		return formatNumber(*f.Value)
	}
	return rangeText(f.Low, f.High)
}

// axisLabel is the y axis title of a quantity's chart, with its unit:
// "killed: number (unit: soldier)".
func axisLabel(q tables.Quantity) string {
	label := "number (unit: " + q.Unit + ")"
	if q.Measure != nil {
		return strings.ReplaceAll(*q.Measure, "_", " ") + ": " + label
	}
	return label
}

// formatNumber writes v with thousands separators: 300,000; 6.4.
func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// dayText writes a DATE as YYYY-MM-DD; "undated" for nil.
func dayText(d *int32) string {
	if d == nil {
		return "undated"
	}
	return time.Unix(int64(*d)*86400, 0).UTC().Format(time.DateOnly)
}
