package ingest

import (
	"slices"
	"strings"
	"time"

	"factpipe/lexicon"
)

// A dateMatch is a calendar date found in a line, with its byte range.
type dateMatch struct {
	t          time.Time
	start, end int
}

// piece is a word, a number or a single punctuation mark of a line.
type piece struct {
	s          string // the text; words lower-cased
	start, end int
	kind       byte // 'w' word, 'n' number, 'p' punctuation
}

// splitPieces cuts a line into words, numbers and punctuation marks, dropping
// white space. Letters run into words ("3rd" is the number "3" and the word
// "rd").
func splitPieces(line string) []piece {
	ps := make([]piece, 0, 16)
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			ps = append(ps, piece{line[i:j], i, j, 'n'})
			i = j
		case isASCIILetter(c):
			j := i
			for j < len(line) && isASCIILetter(line[j]) {
				j++
			}
			ps = append(ps, piece{strings.ToLower(line[i:j]), i, j, 'w'})
			i = j
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case c >= 0x80:
			// Non-ASCII: a word of its own up to the next ASCII byte, so
			// that foreign words are not taken for date material.
			j := i + 1
			for j < len(line) && line[j] >= 0x80 {
				j++
			}
			ps = append(ps, piece{line[i:j], i, j, 'w'})
			i = j
		default:
			ps = append(ps, piece{line[i : i+1], i, i + 1, 'p'})
			i++
		}
	}
	return ps
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// monthOf returns the month named by a lower-case English month name or
// abbreviation, or 0.
func monthOf(w string) time.Month { return lexicon.Month(w) }

// nearMonth is monthOf that also reads a misspelt month name: a word of at
// least five letters one edit (an insertion, a deletion or a substitution)
// from a full month name of at least five letters, with the same first
// three letters ("Novemer", "Septembre"; not "Setpember": two edits).
// Short names ("Mar", "May", "June") must be exact, and so must the start
// of the word, so that "Match" is not March.
func nearMonth(w string) time.Month {
	if m := monthOf(w); m != 0 {
		return m
	}
	if len(w) < 5 {
		return 0
	}
	for i, name := range lexicon.Months() {
		if len(name) >= 5 && w[:3] == name[:3] && oneEdit(w, name) {
			return time.Month(i + 1)
		}
	}
	return 0
}

// oneEdit reports whether a and b differ by exactly one insertion, deletion
// or substitution of a byte.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

func isWeekday(w string) bool {
	_, ok := lexicon.Weekday(w)
	return ok
}

func isOrdinal(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// year reads a 4-digit year, or a 2-digit one as 19xx/20xx.
func year(p piece) (int, bool) {
	if p.kind != 'n' {
		return 0, false
	}
	switch len(p.s) {
	case 4:
		y := atoi(p.s)
		return y, y >= 1800 && y <= 2200
	case 2:
		y := atoi(p.s)
		if y < 70 {
			return 2000 + y, true
		}
		return 1900 + y, true
	}
	return 0, false
}

// day reads a day of the month.
func day(p piece) (int, bool) {
	if p.kind != 'n' || len(p.s) > 2 {
		return 0, false
	}
	d := atoi(p.s)
	return d, d >= 1 && d <= 31
}

func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d // rejects 31 April and the like
}

// findDate returns the first calendar date with a year written in line:
// "9 January 2023", "January 2, 2023", "Jan. 5, 2010", "Thu Jun 13, 2013",
// "29th February 2012", "Dec-19-05", "2023-01-04", "05 / 02 / 2013" (month first unless
// the first number is above 12), "06/06/13".
func findDate(line string) (dateMatch, bool) {
	return findDateIn(splitPieces(line), monthOf)
}

// findDateIn is findDate on a line's pieces, reading month names with
// month.
func findDateIn(ps []piece, month func(string) time.Month) (dateMatch, bool) {
	at := func(i int) piece {
		if i < len(ps) {
			return ps[i]
		}
		return piece{}
	}
	isP := func(i int, set string) bool { p := at(i); return p.kind == 'p' && strings.Contains(set, p.s) }
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		// Numeric: Y-M-D, M/D/Y, D.M.Y
		if p.kind == 'n' && isP(i+1, "-/.") && at(i+2).kind == 'n' && at(i+3).s == at(i+1).s && at(i+4).kind == 'n' {
			a, b, c := atoi(p.s), atoi(at(i+2).s), at(i+4)
			if len(p.s) == 4 && len(at(i+2).s) <= 2 && len(c.s) <= 2 {
				if t, ok := mkDate(a, time.Month(b), atoi(c.s)); ok {
					return dateMatch{t, p.start, c.end}, true
				}
			}
			if y, ok := year(c); ok && len(p.s) <= 2 && len(at(i+2).s) <= 2 {
				m, d := a, b
				if at(i+1).s == "." || a > 12 {
					m, d = b, a
				}
				if t, ok := mkDate(y, time.Month(m), d); ok {
					return dateMatch{t, p.start, c.end}, true
				}
			}
		}
		// D Month Y: "9 January 2023", "29th February 2012", "2 October 2013"
		if d, ok := day(p); ok {
			j := i + 1
			if at(j).kind == 'w' && isOrdinal(at(j).s) {
				j++
			}
			if isP(j, ".") {
				j++
			}
			if at(j).s == "of" {
				j++
			}
			if m := month(at(j).s); m != 0 && at(j).kind == 'w' {
				j++
				if isP(j, ".") {
					j++
				}
				if isP(j, ",") {
					j++
				}
				if y, ok := year(at(j)); ok && len(at(j).s) == 4 {
					if t, ok := mkDate(y, m, d); ok {
						return dateMatch{t, p.start, at(j).end}, true
					}
				}
			}
		}
		// Month D, Y: "January 2, 2023", "Jan. 5, 2010", "Mar 1 2012", "December 15th, 2008"
		if m := month(p.s); m != 0 && p.kind == 'w' {
			j := i + 1
			if isP(j, ".-") {
				j++
			}
			if d, ok := day(at(j)); ok {
				j++
				if at(j).kind == 'w' && isOrdinal(at(j).s) {
					j++
				}
				dash := isP(j, "-") // "Dec-19-05", "November 27-2005"
				if isP(j, ",-") {
					j++
				}
				if y, ok := year(at(j)); ok && (len(at(j).s) == 4 || dash) {
					if t, ok := mkDate(y, m, d); ok {
						return dateMatch{t, p.start, at(j).end}, true
					}
				}
			}
		}
	}
	return dateMatch{}, false
}

// dateLineWords are the words a date line may hold besides the date: labels,
// times, time zones and weekdays.
func dateLineWord(w string) bool {
	if isWeekday(w) || monthOf(w) != 0 || isOrdinal(w) {
		return true
	}
	switch w {
	case "date", "dated", "published", "publish", "first", "originally", "last", "updated", "update",
		"modified", "posted", "on", "at", "am", "pm", "a", "p", "m", "et", "pt", "ct", "mt", "gmt",
		"utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "est", "edt", "cst", "cdt", "mst",
		"mdt", "pst", "pdt", "aest", "jst", "h", "hrs", "local", "time", "created", "released", "and":
		return true
	}
	return false
}

// maxDateLine is how much of a line dateLine reads.
const maxDateLine = 160

// dateLine reports whether line is an article's date line and returns its
// date, and the end (byte offset in line) of the date-line material: the
// whole line when it is nothing but a date, labels and times ("Published:
// Thursday, May 2, 2013, 1: 32 PM EDT"), or the leading part when the line
// starts with such material and goes on with other text ("date 2023-01-04
// Disclaimer: ..."). updated reports a line that gives the time of an update
// rather than of publication.
func dateLine(line string) (t time.Time, end int, updated, ok bool) {
	// Trailing blanks ("October 19, 2019" padded to the width of a page)
	// are no other material.
	line = strings.TrimRight(line, " \t\u00a0")
	full := len(line)
	if len(line) > maxDateLine {
		// Only a line that starts with its date can be this long; the
		// head of it tells.
		line = line[:maxDateLine]
	}
	ps := splitPieces(line)
	m, found := findDateIn(ps, monthOf)
	misspelt := false
	if !found {
		// A misspelt month ("Novemer 27, 2005") is read only on a line
		// that holds nothing but date material.
		m, found = findDateIn(ps, nearMonth)
		misspelt = true
	}
	if !found {
		return time.Time{}, 0, false, false
	}
	end = 0
	prefix := true        // still inside the leading date-line material
	other, before := 0, 0 // words that are not date-line material; of them before the date
	firstOther := -1
	lowerOther := false // some other word is not capitalised: prose
	for _, p := range ps {
		inDate := p.start >= m.start && p.end <= m.end
		material := inDate || p.kind == 'n' || (p.kind == 'p' && strings.Contains(":,.-/|@()+–—•·", p.s)) ||
			(p.kind == 'w' && dateLineWord(p.s))
		if p.kind == 'w' && (p.s == "updated" || p.s == "update" || p.s == "modified") && p.start < m.start {
			updated = true
		}
		if material {
			if prefix {
				end = p.end
			}
			continue
		}
		if firstOther < 0 {
			firstOther = p.start
		}
		if c := line[p.start]; c < 'A' || c > 'Z' {
			lowerOther = true
		}
		if p.start < m.start {
			before++
		}
		prefix = false
		other++
	}
	switch {
	case misspelt && (other > 0 || full != len(line)):
		return time.Time{}, 0, false, false
	case full == len(line) && (other == 0 || (other <= 2 && !lowerOther && len(line) <= 80)):
		// Nothing but date material, or a short line with an agency or
		// place name: "TNN Nov 12, 2011, 05.51AM IST MUMBAI:".
		end = len(line)
	case before == 0 && end >= m.end && firstOther >= 0 && line[firstOther] >= 'A' && line[firstOther] <= 'Z' &&
		!strings.HasSuffix(strings.TrimRight(line[:firstOther], " \t"), ","):
		// A date line run together with the next line: "date 2023-01-04
		// Disclaimer: ...". Not "January 2, 2023 was cold.", nor a
		// sentence that opens with its date: "On Tuesday, Oct. 10, 1972,
		// Washington awoke to this news:".
	default:
		return time.Time{}, 0, false, false
	}
	t = m.t
	first := slices.IndexFunc(ps, func(p piece) bool { return p.start >= m.start })
	after := slices.IndexFunc(ps, func(p piece) bool { return p.start >= m.end })
	if after < 0 {
		after = len(ps)
	}
	h, mi, loc, ok := timeOfDay(ps[after:])
	if !ok && first > 0 {
		// "7: 00pm UK, Wednesday 05 May 2010": the time comes first.
		h, mi, loc, ok = timeOfDay(ps[:first])
	}
	if ok {
		t = time.Date(t.Year(), t.Month(), t.Day(), h, mi, 0, 0, loc)
	}
	return t, end, updated, true
}

// zoneOffsets are the time zone abbreviations a date line may give, with
// their offsets from UTC in minutes. Ambiguous ones ("ist": India or
// Ireland) are left out: a time without a zone is read as UTC.
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"aest": 600, "jst": 540,
}

// timeOfDay reads the first time of day among the pieces of a date line
// that follow (or, failing that, precede) its date: "1: 41 PM", "7:12pm
// BST", "05.51AM IST", "02: 03". loc is the zone the line names, or UTC
// when it names none or an unknown one.
func timeOfDay(ps []piece) (h, m int, loc *time.Location, ok bool) {
	at := func(j int) piece {
		if j < len(ps) {
			return ps[j]
		}
		return piece{}
	}
	for i := 0; i+2 < len(ps); i++ {
		hp, sep, mp := at(i), at(i+1), at(i+2)
		if hp.kind != 'n' || sep.kind != 'p' || (sep.s != ":" && sep.s != ".") || mp.kind != 'n' ||
			len(hp.s) > 2 || len(mp.s) != 2 {
			continue
		}
		h, m = atoi(hp.s), atoi(mp.s)
		j := i + 3
		// "PM", "pm", "p.m.", "P. M."
		if w := at(j); w.kind == 'w' && (w.s == "am" || w.s == "pm" || w.s == "a" || w.s == "p") {
			pm := w.s[0] == 'p'
			j++
			if len(w.s) == 1 {
				if at(j).s != "." || at(j+1).s != "m" {
					return 0, 0, nil, false
				}
				j += 2
				if at(j).s == "." {
					j++
				}
			}
			if h < 1 || h > 12 {
				return 0, 0, nil, false
			}
			switch {
			case pm && h != 12:
				h += 12
			case !pm && h == 12:
				h = 0
			}
		}
		if h > 23 || m > 59 {
			return 0, 0, nil, false
		}
		loc = time.UTC
		if z := at(j); z.kind == 'w' {
			if off, known := zoneOffsets[z.s]; known {
				loc = time.FixedZone(strings.ToUpper(z.s), off*60)
			}
		}
		return h, m, loc, true
	}
	return 0, 0, nil, false
}
