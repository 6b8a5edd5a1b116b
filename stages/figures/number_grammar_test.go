package figures

import (
	"math"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

func TestNumberGrammar(t *testing.T) {
	cases := []struct {
		name, in string
		ok       bool
		value    float64 // compared exactly: integers must keep every digit
		fraction bool
	}{
		{"dozen after digits", "3 dozen", true, 36, false},
		{"dozens after digits", "3 dozens", true, 36, false},
		{"dozens after words", "three dozens", true, 36, false},
		// The dozen multiplies only the part below a hundred.
		{"hundreds and dozens", "three hundred and two dozens", true, 324, false},
		{"half a dozen", "half a dozen", true, 6, false},
		{"half a million", "half a million", true, 500000, false},
		// A fraction is a proportion: Value 2/3, flagged, never a count.
		{"two thirds", "two thirds", true, 2.0 / 3, true},
		{"hyphenated fraction", "two-thirds", true, 2.0 / 3, true},
		{"a half", "a half", true, 0.5, true},
		{"three quarters", "three quarters", true, 0.75, true},
		{"digit fraction", "3/4", true, 0.75, true},
		// A whole part makes an amount again.
		{"mixed digits", "1 4/5", true, 1.8, false},
		{"one and a half million", "one and a half million", true, 1.5e6, false},
		{"and a half", "two and a half", true, 2.5, false},
		{"minus digits", "-1", true, -1, false},
		{"minus fraction", "-4/5", true, -0.8, true},
		{"minus word", "minus five", true, -5, false},
		{"negative word", "negative ten", true, -10, false},
		{"k suffix", "10k", true, 10000, false},
		{"trillions", "twenty-one trillion three hundred", true, 21000000000300, false},
		{"trillions and", "twenty-one trillion and three hundred", true, 21000000000300, false},
		{"exact integer", "123456789101231", true, 123456789101231, false},
		{"exact negative", "-123456789101231", true, -123456789101231, false},
		{"exact with separators", "9,007,199,254,740,991", true, 9007199254740991, false},
		// Beyond 2^53 the value is the nearest float64: 2^53 + 1 reads as 2^53.
		{"beyond 2^53", "9007199254740993", true, 9007199254740992, false},
		{"above 10^18", "10000000000000000000", false, 0, false},
		{"hundred and sixteen", "one hundred and sixteen", true, 116, false},
		{"all caps", "ONE HUNDRED AND SIXTEEN", true, 116, false},
		{"all caps hyphen", "TWENTY-ONE", true, 21, false},
		{"tens and unit apart", "fifty two", true, 52, false},
		{"tens dash unit", "fifty - two", true, 52, false},
		{"hundred thirty one", "Three hundred  and  thirty one", true, 331, false},
		{"hundred and thousand", "two hundred and two thousand", true, 202000, false},
		{"a hundred thousand", "a hundred thousand", true, 100000, false},
		{"point", "two hundred point zero three", true, 200.03, false},
		{"point scale", "two point five million", true, 2.5e6, false},
		{"mixed digits and words", "4 thousand 3 hundred and 21", true, 4321, false},
		{"exponent", "1e10", true, 1e10, false},
		{"bn suffix", "8.2bn", true, 8.2e9, false},
		// Ordinals, dates and times are not numbers.
		{"ordinal digits", "the 3rd", false, 0, false},
		{"ordinal word", "third", false, 0, false},
		{"compound ordinal", "twenty-first", false, 0, false},
		{"ordinal apart", "twenty fifth", false, 0, false},
		{"time", "10:30", false, 0, false},
		{"ISO date", "2023-01-04", false, 0, false},
		{"date slash", "9/11", false, 0, false},
		{"a second", "a second", false, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, ok := ParseNumber(c.in)
			if ok != c.ok {
				t.Fatalf("ParseNumber(%q) ok = %v, want %v", c.in, ok, c.ok)
			}
			if !ok {
				return
			}
			if n.Value == nil || !(*n.Value == c.value || !isInteger(c.value) && closeTo(*n.Value, c.value)) {
				t.Errorf("ParseNumber(%q) = %s, want %.17g", c.in, fmtFloat(n.Value), c.value)
			}
			if n.Fraction != c.fraction {
				t.Errorf("ParseNumber(%q).Fraction = %v, want %v", c.in, n.Fraction, c.fraction)
			}
		})
	}
}

func isInteger(v float64) bool { return v == math.Trunc(v) }

func TestNumberPhrases(t *testing.T) {
	cases := []struct {
		name, in string
		q        doc.Qualifier
		low, hi  *float64
	}{
		{"bound pair", "more than 20 and less than 35", doc.Range, fp(20), fp(35)},
		{"bound pair reversed", "at most 100 and at least 20", doc.Range, fp(20), fp(100)},
		// Ends that enclose nothing are two phrases: the first is read.
		{"no pair", "over 60 and under 18", doc.AtLeast, fp(60), nil},
		// The first end in words must not swallow the "and" of "between".
		{"between words", "between one hundred and two hundred", doc.Range, fp(100), fp(200)},
		{"between words and", "between two hundred and fifty and three hundred", doc.Range, fp(250), fp(300)},
		{"between negative", "between negative ten and fifteen", doc.Range, fp(-10), fp(15)},
		{"greater than", "greater than 4,565", doc.AtLeast, fp(4565), nil},
		{"less than or equal", "less than or equal to 100", doc.AtMost, nil, fp(100)},
		{"sign", "< = 100", doc.AtMost, nil, fp(100)},
		{"through", "20 through 100", doc.Range, fp(20), fp(100)},
		{"about or more", "about five hundred or more", doc.AtLeast, fp(500), nil},
		{"or greater", "200 or greater", doc.AtLeast, fp(200), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := newNumTables().findNumbers(c.in)
			if len(got) == 0 {
				t.Fatalf("findNumbers(%q) found nothing", c.in)
			}
			n := got[0].num
			if n.Qualifier != c.q || !nearPtr(n.Low, c.low) || !nearPtr(n.High, c.hi) {
				t.Errorf("findNumbers(%q) = %s", c.in, showFound(got))
			}
		})
	}
}

// TestNumberCasing checks that all-caps and lower-case text give the
// numbers of mixed-case text.
func TestNumberCasing(t *testing.T) {
	nt := newNumTables()
	for _, s := range []string{
		"Five people were killed and twenty-one wounded.",
		"One hundred and sixteen people died, about two thirds of them children.",
		"Police arrested 3 dozen protesters and at least half a dozen officers were hurt.",
		"Between two and three thousand soldiers, more than 20 and less than 35 tanks.",
		"Twenty-one trillion three hundred dollars, minus five percent.",
	} {
		want := values(nt.findNumbers(s))
		for _, v := range []string{strings.ToUpper(s), strings.ToLower(s)} {
			if got := values(nt.findNumbers(v)); got != want {
				t.Errorf("findNumbers(%q) = %s, want %s as for %q", v, got, want, s)
			}
		}
	}
}

func values(fs []found) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(string(f.num.Qualifier) + " " + fmtFloat(f.num.Value) + " " + fmtFloat(f.num.Low) + " " + fmtFloat(f.num.High) + "; ")
	}
	return b.String()
}

// TestNumberCounts checks what the figures stage makes of the new
// constructions: counts read in full, proportions, ordinals, dates and
// times not counted.
func TestNumberCounts(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []float64 // the values of the figures, in order
	}{
		{"dozen", "Police arrested 3 dozen protesters on Monday.", []float64{36}},
		{"half a dozen", "Half a dozen soldiers were wounded.", []float64{6}},
		{"fraction", "Two thirds of the 300 victims were women.", []float64{300}},
		{"ordinal word", "The third victim died in hospital.", nil},
		{"ordinal digits", "The 3rd battalion lost 40 soldiers.", []float64{40}},
		{"date and time", "The blast at 10:30 on 2023-01-04 killed five people.", []float64{5}},
		{"headline", "One hundred and sixteen", []float64{116}},
		{"headline caps", "ONE HUNDRED AND SIXTEEN", []float64{116}},
		{"caps sentence", "FIVE PEOPLE WERE KILLED", []float64{5}},
		{"large count", "The fund lost 123456789101231 dollars.", []float64{123456789101231}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := ingest.Decode("t.txt", []byte(c.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			tokenize.Tokenize(d)
			var got []float64
			for _, f := range x.Extract(d, nil) {
				if f.Value != nil {
					got = append(got, *f.Value)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("%q: figures %v, want %v", c.text, got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("%q: figures %v, want %v", c.text, got, c.want)
				}
			}
		})
	}
}

// TestNumberBadInput checks that hostile input ends in bounded time.
// badNumbers are inputs that once took a number scanner quadratic time or
// overflowed: each must be read in time linear in its length (see
// BenchmarkNumberBadInput) without a panic or a number that is not finite.
var badNumbers = []struct{ name, in string }{
	{"10,000 digits", strings.Repeat("7", 10000)},
	{"10,000 digits with commas", "1" + strings.Repeat(",000", 3333)},
	{"one ten thousand times", strings.Repeat("one ", 10000)},
	{"hundred ten thousand times", strings.Repeat("one hundred and ", 10000)},
	{"mixed parts", strings.Repeat("1 hundred and ", 10000)},
	{"mixed scales", strings.Repeat("4 thousand 3 hundred ", 10000)},
	{"ranges", strings.Repeat("between 1 and ", 10000)},
	{"bound pairs", strings.Repeat("more than 20 and less than ", 10000)},
	{"minus signs", strings.Repeat("-", 100000) + "1"},
	{"a million commas", strings.Repeat(",", 1000000)},
	{"hyphenated words", strings.Repeat("twenty-", 10000) + "one"},
}

func TestNumberBadInput(t *testing.T) {
	nt := newNumTables()
	for _, c := range badNumbers {
		t.Run(c.name, func(t *testing.T) {
			for _, f := range nt.findNumbers(c.in) {
				if !finite(f.num) {
					t.Fatalf("%s: %s", c.name, showFound([]found{f}))
				}
			}
			ParseNumber(c.in)
		})
	}
}

// BenchmarkNumberBadInput reads each bad input; ns/byte stays near that of
// news text when the scan is linear.
func BenchmarkNumberBadInput(b *testing.B) {
	nt := newNumTables()
	for _, c := range badNumbers {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				nt.findNumbers(c.in)
				ParseNumber(c.in)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(c.in)), "ns/byte")
		})
	}
}

// FuzzFindNumbers checks that scanning any text never panics, that every
// number is finite with ordered bounds, that the scan is deterministic,
// and that a phrase found parses alone to the same reading.
func FuzzFindNumbers(f *testing.F) {
	for _, s := range []string{"3 dozen protesters", "two thirds of the 300 victims", "-1", "- 1 4/5", "10k",
		"twenty-one trillion three hundred", "123456789101231", "ONE HUNDRED AND SIXTEEN", "the 3rd", "10:30",
		"2023-01-04", "more than 20 and less than 35", "between one hundred and two hundred", "< = 100",
		"one and a half million", "half a dozen", "1e10", "minus five percent", "4 thousand 3 hundred and 21",
		"a third of", "one hundred thirty fifths", "30%25%2020%", "9007199254740993"} {
		f.Add(s)
	}
	nt := newNumTables()
	f.Fuzz(func(t *testing.T, s string) {
		got := nt.findNumbers(s)
		for _, g := range got {
			checkNumber(t, g.text, g.num)
			alone, ok := nt.parse(g.text)
			if !ok || values([]found{{num: alone}}) != values([]found{g}) {
				t.Fatalf("%q: %q reads %s alone, %s in the text", s, g.text, values([]found{{num: alone}}), values([]found{g}))
			}
		}
		if again := nt.findNumbers(s); values(again) != values(got) {
			t.Fatalf("%q: scan is not deterministic", s)
		}
	})
}

// checkNumber fails t when n has a NaN or infinite value, bounds out of
// order or no qualifier.
func checkNumber(t *testing.T, s string, n Number) {
	t.Helper()
	if !finite(n) {
		t.Fatalf("%q: a value is not finite", s)
	}
	const eps = 1e-9
	if n.Low != nil && n.High != nil && *n.Low > *n.High+eps*math.Abs(*n.High)+eps {
		t.Fatalf("%q: low %g > high %g", s, *n.Low, *n.High)
	}
	if n.Value != nil && n.Low != nil && *n.Low > *n.Value+eps*math.Abs(*n.Value)+eps {
		t.Fatalf("%q: low %g > value %g", s, *n.Low, *n.Value)
	}
	if n.Value != nil && n.High != nil && *n.High < *n.Value-eps*math.Abs(*n.Value)-eps {
		t.Fatalf("%q: high %g < value %g", s, *n.High, *n.Value)
	}
	if n.Qualifier == "" {
		t.Fatalf("%q: no qualifier", s)
	}
}
