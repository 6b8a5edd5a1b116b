package figures

import (
	"math"
	"testing"

	"factpipe/doc"
)

func fp(v float64) *float64 { return &v }

func TestParseNumber(t *testing.T) {
	cases := []struct {
		name, in       string
		ok             bool
		value, low, hi *float64
		q              doc.Qualifier
		percent        bool
		currency       string
	}{
		{"thousands separator", "5,937", true, fp(5937), fp(5937), fp(5937), doc.Exact, false, ""},
		{"decimal", "41.2", true, fp(41.2), fp(41.2), fp(41.2), doc.Exact, false, ""},
		{"large separator", "300,000", true, fp(300000), fp(300000), fp(300000), doc.Exact, false, ""},
		{"scale word", "30 million", true, fp(30e6), fp(30e6), fp(30e6), doc.Exact, false, ""},
		// "1.2bn" is one token: the scale is a suffix.
		{"scale suffix", "1.2bn", true, fp(1.2e9), fp(1.2e9), fp(1.2e9), doc.Exact, false, ""},
		{"pounds with suffix", "£15.8m", true, fp(15.8e6), fp(15.8e6), fp(15.8e6), doc.Exact, false, "gbp"},
		{"dollars with scale", "$2.5 million", true, fp(2.5e6), fp(2.5e6), fp(2.5e6), doc.Exact, false, "usd"},
		{"US dollars", "US$40", true, fp(40), fp(40), fp(40), doc.Exact, false, "usd"},
		{"currency word", "500 euros", true, fp(500), fp(500), fp(500), doc.Exact, false, "eur"},
		{"words with scale", "four hundred", true, fp(400), fp(400), fp(400), doc.Exact, false, ""},
		{"hyphenated words", "sixty-three", true, fp(63), fp(63), fp(63), doc.Exact, false, ""},
		{"compound words", "two thousand five hundred and twenty", true, fp(2520), fp(2520), fp(2520), doc.Exact, false, ""},
		{"a dozen", "a dozen", true, fp(12), fp(12), fp(12), doc.Exact, false, ""},
		{"small word", "two", true, fp(2), fp(2), fp(2), doc.Exact, false, ""},
		{"teen word", "seventeen", true, fp(17), fp(17), fp(17), doc.Exact, false, ""},
		{"dozens", "dozens", true, nil, fp(24), fp(99), doc.Vague, false, ""},
		{"hundreds", "hundreds", true, nil, fp(200), fp(999), doc.Vague, false, ""},
		{"thousands", "thousands", true, nil, fp(2000), fp(9999), doc.Vague, false, ""},
		{"tens of thousands", "tens of thousands", true, nil, fp(20000), fp(99999), doc.Vague, false, ""},
		{"hundreds of thousands", "hundreds of thousands", true, nil, fp(200000), fp(999999), doc.Vague, false, ""},
		{"several hundred", "several hundred", true, nil, fp(300), fp(900), doc.Vague, false, ""},
		{"a few", "a few", true, nil, fp(2), fp(5), doc.Vague, false, ""},
		{"a few hundred", "a few hundred", true, nil, fp(200), fp(500), doc.Vague, false, ""},
		{"scores", "scores", true, nil, fp(40), fp(99), doc.Vague, false, ""},
		{"between and", "between 60 and 400", true, nil, fp(60), fp(400), doc.Range, false, ""},
		{"hyphen range", "60-70", true, nil, fp(60), fp(70), doc.Range, false, ""},
		{"to range", "200 to 600", true, nil, fp(200), fp(600), doc.Range, false, ""},
		{"en dash range", "60–70", true, nil, fp(60), fp(70), doc.Range, false, ""},
		{"word range", "two or three", true, nil, fp(2), fp(3), doc.Range, false, ""},
		// The scale written once applies to both ends.
		{"shared scale", "between 1 and 2 million", true, nil, fp(1e6), fp(2e6), doc.Range, false, ""},
		{"at least", "at least 89", true, fp(89), fp(89), nil, doc.AtLeast, false, ""},
		{"more than", "more than 40", true, fp(40), fp(40), nil, doc.AtLeast, false, ""},
		{"over", "over 60", true, fp(60), fp(60), nil, doc.AtLeast, false, ""},
		{"or more", "40 or more", true, fp(40), fp(40), nil, doc.AtLeast, false, ""},
		{"up to", "up to 10", true, fp(10), nil, fp(10), doc.AtMost, false, ""},
		{"fewer than", "fewer than 5", true, fp(5), nil, fp(5), doc.AtMost, false, ""},
		{"nearly", "nearly 6,000", true, fp(6000), fp(5400), fp(6000), doc.Approx, false, ""},
		{"about", "about 600", true, fp(600), fp(540), fp(660), doc.Approx, false, ""},
		{"some", "some 30", true, fp(30), fp(27), fp(33), doc.Approx, false, ""},
		{"around", "around 100", true, fp(100), fp(90), fp(110), doc.Approx, false, ""},
		{"just over", "just over 60", true, fp(60), fp(60), fp(66), doc.Approx, false, ""},
		{"odd", "400-odd", true, fp(400), fp(360), fp(440), doc.Approx, false, ""},
		// A bound on a vague amount keeps only that bound and no value.
		{"at least hundreds", "at least hundreds", true, nil, fp(200), nil, doc.AtLeast, false, ""},
		{"quoted vague", "at least “hundreds”", true, nil, fp(200), nil, doc.AtLeast, false, ""},
		{"percent sign", "41.2%", true, fp(41.2), fp(41.2), fp(41.2), doc.Exact, true, ""},
		{"percent word", "about 20 percent", true, fp(20), fp(18), fp(22), doc.Approx, true, ""},
		{"per cent", "7 per cent", true, fp(7), fp(7), fp(7), doc.Exact, true, ""},
		{"year parses", "2023", true, fp(2023), fp(2023), fp(2023), doc.Exact, false, ""},
		{"score is not a range", "3-1", false, nil, nil, nil, "", false, ""},
		{"descending is not a range", "70-60", false, nil, nil, nil, "", false, ""},
		{"ordinal", "31st", false, nil, nil, nil, "", false, ""},
		{"decade", "1990s", false, nil, nil, nil, "", false, ""},
		{"age", "35-year-old", false, nil, nil, nil, "", false, ""},
		{"bad grouping", "1,23", false, nil, nil, nil, "", false, ""},
		{"model name", "M142", false, nil, nil, nil, "", false, ""},
		{"not a number", "hello", false, nil, nil, nil, "", false, ""},
		{"about a dozen", "about a dozen", true, fp(12), fp(10.8), fp(13.2), doc.Approx, false, ""},
		// "over a few blocks away" is a preposition: the phrase starts at "a few".
		{"over a few", "over a few", false, nil, nil, nil, "", false, ""},
		// A year is not the low end of a sum of money.
		{"year to money", "2003 to £2.89bn", false, nil, nil, nil, "", false, ""},
		{"model suffix", "9600M", false, nil, nil, nil, "", false, ""},
		{"standard", "802.11b", false, nil, nil, nil, "", false, ""},
		{"dollars billion", "$2B", true, fp(2e9), fp(2e9), fp(2e9), doc.Exact, false, "usd"},
		// A fall from one number to another is two numbers, not a range.
		{"descending from to", "from 157,000 to 133,000", false, nil, nil, nil, "", false, ""},
		{"qualifier alone", "at least", false, nil, nil, nil, "", false, ""},
		{"trailing words", "89 soldiers", false, nil, nil, nil, "", false, ""},
		{"between without and", "between 60", false, nil, nil, nil, "", false, ""},
	}
	eq := func(a, b *float64) bool {
		if a == nil || b == nil {
			return a == nil && b == nil
		}
		return math.Abs(*a-*b) < 1e-6*math.Max(1, math.Abs(*a))
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
			if !eq(n.Value, c.value) || !eq(n.Low, c.low) || !eq(n.High, c.hi) || n.Qualifier != c.q ||
				n.Percent != c.percent || n.Currency != c.currency {
				t.Errorf("ParseNumber(%q) = %s [%s,%s] %s pct=%v cur=%q; want %s [%s,%s] %s pct=%v cur=%q", c.in,
					fmtFloat(n.Value), fmtFloat(n.Low), fmtFloat(n.High), n.Qualifier, n.Percent, n.Currency,
					fmtFloat(c.value), fmtFloat(c.low), fmtFloat(c.hi), c.q, c.percent, c.currency)
			}
		})
	}
}

// FuzzParseNumber checks that the parser never panics, that values are
// finite with bounds ordered around them, and that parsing is
// deterministic.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"5,937", "between 60 and 400", "£15.8m", "at least “hundreds”", "sixty-three",
		"nearly 6,000", "60-70", "a few hundred", "tens of thousands", "1.2bn", "US$40", "40 or more", "3-1",
		"two or three", "between 1 and 2 million", "400-odd", "41.2%", "1943-44", "9,999,999,999,999"} {
		f.Add(s)
	}
	tables := newNumTables()
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := tables.parse(s)
		if !ok {
			return
		}
		checkNumber(t, s, n)
		n2, ok2 := tables.parse(s)
		if !ok2 || n2.Qualifier != n.Qualifier || fmtFloat(n2.Value) != fmtFloat(n.Value) {
			t.Fatalf("%q: parse is not deterministic", s)
		}
	})
}
