package figures

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"factpipe/doc"
)

// found is one number phrase of a text.
type found struct {
	text       string
	start, end int // byte offsets
	num        Number
}

// findNumbers returns the number phrases the figures stage reads in s: it
// scans the tokens as (*docState).sentence does, without the stage's
// judgement of which numbers are counts (years, ages, labels).
func (nt *numTables) findNumbers(s string) []found {
	toks := lex(nil, s, 0, len(s))
	var out []found
	for i := 0; i < len(toks); {
		if toks[i].kind == tPunct && !nt.startsPhrase(toks, i) {
			i++
			continue
		}
		p, ok := nt.parsePhrase(toks, i)
		if !ok {
			i++
			continue
		}
		start, end := toks[p.first].start, toks[p.last-1].end
		out = append(out, found{text: s[start:end], start: start, end: end, num: p.num})
		i = p.last
	}
	return out
}

// specCase is one case of a Recognizers-Text spec file.
type specCase struct {
	Input        string
	NotSupported string
	Results      []struct {
		Text       string
		TypeName   string
		Resolution struct{ Value string }
	}
}

// specSkips are the spec cases that contradict reading news, by file and
// input, each with its reason. They are neither passed nor failed.
var specSkips = map[string]map[string]string{
	"NumberModel.json": {
		"192.168.1.2":                         "an IP address is a label, not four numbers",
		".08":                                 "a decimal without its zero is a rate or calibre (.308 average, .22 rifle); the stage starts no number at a bare point",
		".23456000":                           "a decimal without its zero: as .08",
		"10G":                                 "\"10G\" is a network generation or size in news, not ten billion",
		"- 10  k":                             "a hyphen set apart by spaces is a dash in news, not a minus sign",
		"- 1 4/5":                             "a hyphen set apart by spaces is a dash in news, not a minus sign",
		"I can give you 1M.":                  "an upper-case letter after digits is a model name without a currency sign (9600M, 2B); \"$1M\" is read",
		"1.2b":                                "a lone \"b\" after digits is a model name or standard (802.11b) without a currency sign; \"$1.2b\" is read",
		"1m isn't a number.":                  "British news writes millions as \"m\" (\"1.2m people\"): \"1m\" is a million",
		"Any time to meet on 5/17/2018?":      "a date is not three numbers",
		"My phone number is +1-222-2222/2222": "a phone number is a label, not numbers",
		"1 234 567":                           "a space is not a thousands separator in English news: \"on March 3 100 people\" is two numbers",
		"40 000 is the same as 40 000":        "a space is not a thousands separator in English news",
		"For now, China's population is 1 414 021 100.": "a space is not a thousands separator in English news",
		"1 234 567.89 is a valid number format.":        "a space is not a thousands separator in English news",
		"one over three":                                "\"X over Y\" is no fraction in news: \"killed 12 over three days\" is a count and a period",
		"1 over twenty-one":                             "\"over\" fraction: as \"one over three\"",
		"1 over one hundred and twenty one":             "\"over\" fraction: as \"one over three\"",
		"1 over three":                                  "\"over\" fraction: as \"one over three\"",
		"1 over 3":                                      "\"over\" fraction: as \"one over three\"",
		"one over 3":                                    "\"over\" fraction: as \"one over three\"",
		"one over 20":                                   "\"over\" fraction: as \"one over three\"",
		"one over twenty":                               "\"over\" fraction: as \"one over three\"",
		"one over one hundred":                          "\"over\" fraction: as \"one over three\"",
		"one over one hundred and twenty five":          "\"over\" fraction: as \"one over three\"",
		"The answer is negative one over 20":            "\"over\" fraction: as \"one over three\"",
		"one out of three":                              "\"killed 5 out of 10 hostages\" counts five people: \"out of\" joins two counts",
		"1 in twenty-one":                               "\"killed 2 in 5 attacks\" counts two people: \"in\" joins two counts",
	},
	"NumberRangeModel.json": {
		"He ranks between the tenth and the fifteenth.":                "ordinals are ranks, never counts",
		"He ranks higher than the tenth but lower than the fifteenth.": "ordinals are ranks, never counts",
		"How about 2 in 5 or more":                                     "\"killed 2 in 5 attacks\" counts two people: \"in\" joins two counts",
	},
	"PercentModel.json": {
		"percents of twenty":     "\"per cent of 210\" names the base of a share (\"40 per cent of 210 seats\"): the number is a count",
		"percent of 10":          "the base of a share is a count: as \"percents of twenty\"",
		"per cent of twenty-two": "the base of a share is a count: as \"percents of twenty\"",
		"per cent of 210":        "the base of a share is a count: as \"percents of twenty\"",
	},
}

// specMinPass is the pass rate (of the cases not skipped) below which a
// spec file fails: the rate reached, so that a regression shows.
var specMinPass = map[string]float64{
	"NumberModel.json":      0.91, // 112/123
	"NumberRangeModel.json": 0.95, // 62/65
	"PercentModel.json":     1.0,  // 13/13
}

// TestRecognizersSpec runs the number parser over the English number,
// range and percent specs of Recognizers-Text (testdata/recognizers) and
// reports the pass rate per file; -v lists the failures.
func TestRecognizersSpec(t *testing.T) {
	nt := newNumTables()
	total, passed := 0, 0
	for _, file := range []string{"NumberModel.json", "NumberRangeModel.json", "PercentModel.json"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "recognizers", file))
		if err != nil {
			t.Fatal(err)
		}
		var cases []specCase
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		run, pass, skipped := 0, 0, 0
		for _, c := range cases {
			if _, skip := specSkips[file][c.Input]; skip {
				skipped++
				continue
			}
			run++
			got := nt.findNumbers(c.Input)
			if msg := specMismatch(file, c, got); msg != "" {
				t.Logf("%s: %q: %s", file, c.Input, msg)
				continue
			}
			pass++
		}
		rate := float64(pass) / float64(run)
		t.Logf("%s: %d/%d passed (%.1f%%), %d skipped as contradicting news", file, pass, run, 100*rate, skipped)
		total, passed = total+run, passed+pass
		if rate < specMinPass[file] {
			t.Errorf("%s: pass rate %.1f%% below %.1f%%", file, 100*rate, 100*specMinPass[file])
		}
	}
	t.Logf("all: %d/%d passed (%.1f%%)", passed, total, 100*float64(passed)/float64(total))
}

// specMismatch compares what the parser found with a case's results; it
// returns "" when they agree. The number model lists every number, so the
// parser must find the same ones; the percent and range models list only
// theirs, so other numbers may be found too.
func specMismatch(file string, c specCase, got []found) string {
	switch file {
	case "NumberModel.json":
		return sameValues(c, got, func(f found) (float64, bool) {
			if f.num.Value == nil {
				return 0, false
			}
			return *f.num.Value, true
		})
	case "PercentModel.json":
		var pct []found
		for _, f := range got {
			if f.num.Percent {
				pct = append(pct, f)
			}
		}
		return sameValues(c, pct, func(f found) (float64, bool) {
			if f.num.Value == nil {
				return 0, false
			}
			return *f.num.Value, true
		})
	}
	return sameRanges(c, got)
}

// sameValues reports the first difference between the results of c and
// the values of got.
func sameValues(c specCase, got []found, value func(found) (float64, bool)) string {
	if len(got) != len(c.Results) {
		return fmt.Sprintf("found %s, want %d results", showFound(got), len(c.Results))
	}
	for i, r := range c.Results {
		want, err := strconv.ParseFloat(strings.TrimSuffix(r.Resolution.Value, "%"), 64)
		if err != nil {
			return fmt.Sprintf("bad spec value %q", r.Resolution.Value)
		}
		if v, ok := value(got[i]); !ok || !closeTo(v, want) {
			return fmt.Sprintf("found %s, want %q = %g", showFound(got), r.Text, want)
		}
	}
	return ""
}

// sameRanges checks each range result of c ("(20,35]", "[30,)") against
// the number found over its text, and that no other bound or range was
// found.
func sameRanges(c specCase, got []found) string {
	used := make([]bool, len(got))
	from := 0
	for _, r := range c.Results {
		lo, hi, err := parseInterval(r.Resolution.Value)
		if err != nil {
			return err.Error()
		}
		start := strings.Index(c.Input[from:], r.Text)
		if start < 0 {
			return fmt.Sprintf("text %q not in input", r.Text)
		}
		start += from
		end := start + len(r.Text)
		from = end
		k := -1
		for i, f := range got {
			if !used[i] && f.start < end && f.end > start {
				k = i
				break
			}
		}
		if k < 0 {
			return fmt.Sprintf("found %s, want %q", showFound(got), r.Text)
		}
		used[k] = true
		if !nearPtr(got[k].num.Low, lo) || !nearPtr(got[k].num.High, hi) {
			return fmt.Sprintf("found %s, want %q = %s", showFound(got), r.Text, r.Resolution.Value)
		}
	}
	for i, f := range got {
		if !used[i] && f.num.Qualifier != doc.Exact {
			return fmt.Sprintf("found %s, an extra bound", showFound(got))
		}
	}
	return ""
}

// parseInterval reads "(20,35]", "[30,)", "(,100]": the ends, nil when open.
func parseInterval(s string) (lo, hi *float64, err error) {
	if len(s) < 3 {
		return nil, nil, fmt.Errorf("bad interval %q", s)
	}
	a, b, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok {
		return nil, nil, fmt.Errorf("bad interval %q", s)
	}
	end := func(x string) (*float64, error) {
		if x == "" {
			return nil, nil
		}
		v, err := strconv.ParseFloat(x, 64)
		return &v, err
	}
	if lo, err = end(a); err != nil {
		return nil, nil, err
	}
	hi, err = end(b)
	return lo, hi, err
}

func closeTo(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func nearPtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return closeTo(*a, *b)
}

func showFound(got []found) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, f := range got {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%q %s v=%s [%s,%s]", f.text, f.num.Qualifier, fmtFloat(f.num.Value), fmtFloat(f.num.Low), fmtFloat(f.num.High))
		if f.num.Percent {
			b.WriteString(" %")
		}
	}
	b.WriteByte(']')
	return b.String()
}
