package reconcile

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// The helpers build doc.Result values by hand, as the entity and figure
// stages would.

func f64(v float64) *float64 { return &v }

func day0(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02 15:04", "2006-01-02 15:04 -07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	panic("bad test date " + s)
}

// m is a mention; its offsets are set by res.
func m(kind doc.Kind, text, title string) doc.Mention {
	return doc.Mention{Kind: kind, Text: text, Title: title}
}

func per(text string) doc.Mention { return m(doc.Person, text, "") }
func loc(text string) doc.Mention { return m(doc.Place, text, "") }
func org(text string) doc.Mention { return m(doc.Organization, text, "") }

// fg describes a figure; res turns it into a doc.Figure.
type fg struct {
	text      string
	v         *float64
	lo, hi    *float64
	q         doc.Qualifier
	unit      string
	measure   string
	subject   string
	claimant  string
	claimedOn string
	sentence  string // the sentence the figure is in; "" for none
}

// killed is the commonest figure of the tests: n soldiers killed at subject
// according to claimant.
func killed(n float64, q doc.Qualifier, subject, claimant string) fg {
	return fg{text: strconv.FormatFloat(n, 'f', -1, 64) + " soldiers", v: f64(n), q: q,
		unit: "soldier", measure: "killed", subject: subject, claimant: claimant}
}

// age is a person's age in years according to claimant.
func age(n float64, person, claimant string) fg {
	return fg{text: strconv.FormatFloat(n, 'f', -1, 64), v: f64(n), unit: "year", measure: "age",
		subject: person, claimant: claimant}
}

// quake is an earthquake's magnitude at place according to claimant.
func quake(m float64, place, claimant string) fg {
	return fg{text: strconv.FormatFloat(m, 'f', -1, 64), v: f64(m), unit: "magnitude", measure: "magnitude",
		subject: place, claimant: claimant}
}

// populace is the population of place according to claimant.
func populace(n float64, q doc.Qualifier, place, claimant string) fg {
	return fg{text: strconv.FormatFloat(n, 'f', -1, 64) + " people", v: f64(n), q: q, unit: "person",
		measure: "population", subject: place, claimant: claimant}
}

func (f fg) on(date string) fg { f.claimedOn = date; return f }

// in sets the sentence a figure is in.
func (f fg) in(sentence string) fg { f.sentence = sentence; return f }

// res builds a result for a document at path, published on pub (YYYY-MM-DD
// or ""), with mentions and figures at increasing offsets.
func res(path, outlet, pub string, ms []doc.Mention, fs ...fg) doc.Result {
	id := doc.HashID("doc", path)
	r := doc.Result{Doc: doc.Info{ID: id, Path: path, Outlet: outlet, Published: day0(pub)}}
	for i, x := range ms {
		x.Start = i * 100
		x.End = x.Start + len(x.Text)
		x.Sentence = i
		r.Mentions = append(r.Mentions, x)
	}
	// Figures in a sentence sit where their words are in it; sentences
	// are numbered in order of first use.
	sentences := map[string]int{}
	for i, f := range fs {
		start := 10000 + i*100
		text := f.text
		if text == "" {
			text = "figure " + strconv.Itoa(i)
		}
		si := 0
		if f.sentence != "" {
			n, ok := sentences[f.sentence]
			if !ok {
				n = len(sentences)
				sentences[f.sentence] = n
			}
			si = n
			w := text
			if j := strings.Index(f.sentence, w); j < 0 {
				w = strings.Fields(text)[0]
			}
			if j := strings.Index(f.sentence, w); j >= 0 {
				start, text = 20000+n*1000+j, w
			}
		}
		q := f.q
		if q == "" {
			q = doc.Exact
		}
		r.Figures = append(r.Figures, doc.Figure{
			ID: doc.HashID(id, strconv.Itoa(start), text), DocID: id, Sentence: si,
			Start: start, End: start + len(text), Text: text,
			Value: f.v, Low: f.lo, High: f.hi, Qualifier: q,
			Unit: f.unit, Measure: f.measure, Subject: f.subject, Claimant: f.claimant,
			ClaimedOn: day0(f.claimedOn), SentenceText: f.sentence,
		})
	}
	return r
}

// entityOfMention returns the entity that results[ri].Mentions[mi] was
// assigned.
func entityOfMention(t *testing.T, results []doc.Result, out doc.Reconciled, ri, mi int) doc.Entity {
	t.Helper()
	id := doc.MentionEntities(results[ri].Mentions, out.NameEntity[ri])[mi]
	for _, e := range out.Entities {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("mention %d/%d: entity %q not in Entities", ri, mi, id)
	return doc.Entity{}
}

func ofKind(cs []doc.Contradiction, k doc.ContradictionKind) []doc.Contradiction {
	var out []doc.Contradiction
	for _, c := range cs {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}
