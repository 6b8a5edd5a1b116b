package main

import (
	"strings"
	"testing"
)

func f(x float64) *float64 { return &x }
func s(x string) *string   { return &x }

func TestBest(t *testing.T) {
	outs := []Out{{Start: 0, End: 5}, {Start: 10, End: 20}, {Start: 15, End: 30}}
	for _, c := range []struct {
		start, end int
		want       int // index into outs, -1 for none
	}{
		{10, 12, 1},  // inside the second only
		{13, 20, 1},  // 7 bytes of the second, 5 of the third
		{18, 30, 2},  // 2 bytes of the second, 12 of the third
		{5, 10, -1},  // touches both ends, overlaps none
		{40, 45, -1}, // past everything
		{0, 100, 2},  // largest overlap wins
	} {
		got := best(c.start, c.end, outs)
		if c.want < 0 {
			if got != nil {
				t.Errorf("best(%d,%d) = %+v, want none", c.start, c.end, *got)
			}
			continue
		}
		if got != &outs[c.want] {
			t.Errorf("best(%d,%d) = %+v, want %+v", c.start, c.end, got, outs[c.want])
		}
	}
}

func TestValueRight(t *testing.T) {
	for _, c := range []struct {
		name string
		g    Gold
		o    Out
		want bool
	}{
		{"exact, output bounds ignored", Gold{Value: f(3)}, Out{Value: f(3), Low: f(3), High: f(3)}, true},
		{"wrong value", Gold{Value: f(3)}, Out{Value: f(4)}, false},
		{"within 1e-9", Gold{Value: f(0.1 + 0.2)}, Out{Value: f(0.3)}, true},
		{"at least, low right", Gold{Value: f(89), Low: f(89)}, Out{Value: f(89), Low: f(89)}, true},
		{"at least, low missing", Gold{Value: f(89), Low: f(89)}, Out{Value: f(89)}, false},
		{"at most, high wrong", Gold{Value: f(80), High: f(80)}, Out{Value: f(80), High: f(88)}, false},
		{"range", Gold{Low: f(40), High: f(80)}, Out{Low: f(40), High: f(80)}, true},
		{"range read as a value", Gold{Low: f(40), High: f(80)}, Out{Value: f(40), Low: f(40), High: f(80)}, false},
		{"vague, any bounds", Gold{}, Out{Low: f(24), High: f(99)}, true},
		{"vague read as a number", Gold{}, Out{Value: f(12)}, false},
		{"zero", Gold{Value: f(0)}, Out{Value: f(0)}, true},
	} {
		if got := valueRight(c.g, c.o); got != c.want {
			t.Errorf("%s: valueRight = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestClaimantRight(t *testing.T) {
	for _, c := range []struct {
		gold, out string
		want      bool
	}{
		{"", "", true},
		{"", "police", false},
		{"police", "", false},
		{"police", "Police", true},
		{"police", "state police", true},
		{"police", "policeman", false},
		{"Heydar Alishvandi", "Qeshm Governor Heydar Alishvandi", true},
		{"Heydar Alishvandi", "Heydar", false},
		{"Mehdi iran-Nejad", "Mehdi Iran-Nejad", true},
		{"ISNA", "student ISNA news agency", true},
		{"Iran's state television", "state television", true},
		{"the Post", "the Post", true},
		{"", "thenational.ae", true}, // the article's own voice is its outlet
		{"", "Police", false},
		{"police", "thenational.ae", false},
	} {
		if got := claimantRight(c.gold, c.out); got != c.want {
			t.Errorf("claimantRight(%q, %q) = %v, want %v", c.gold, c.out, got, c.want)
		}
	}
}

func TestSubjectRight(t *testing.T) {
	for _, c := range []struct {
		gold, out string
		want      bool
	}{
		{"", "", true},
		{"Athens", "", false},
		{"", "Athens", false},
		{"Athens", "athens", true},
		{"Qeshm", "Qeshm island", true},
		{"Qeshm island", "Qeshm", true},
		{"Greece", "Athens", false},
	} {
		if got := subjectRight(c.gold, c.out); got != c.want {
			t.Errorf("subjectRight(%q, %q) = %v, want %v", c.gold, c.out, got, c.want)
		}
	}
}

func TestJudge(t *testing.T) {
	g := Gold{Start: 10, End: 15, Value: f(10), Measure: "killed", Claimant: "officials", Subject: "Qeshm"}
	outs := []Out{
		{Start: 0, End: 4, Value: f(5.9), Measure: s("magnitude")},
		{Start: 10, End: 22, Value: f(10), Measure: s("killed"), Claimant: s("Iranian officials"), Subject: s("Qeshm island")},
	}
	r := judge(g, outs)
	if r.Out != &outs[1] || !r.Value || !r.Measure || !r.Claimant || !r.Subject || !r.All() {
		t.Errorf("judge = %+v, want all right", r)
	}
	r = judge(g, outs[:1])
	if r.Out != nil || r.Value || r.Measure || r.Claimant || r.Subject || r.All() {
		t.Errorf("judge without an overlap = %+v, want not found and nothing right", r)
	}
	outs[1].Measure = nil
	if r = judge(g, outs); r.Measure || r.All() || !r.Value {
		t.Errorf("judge with no measure = %+v, want measure and all wrong", r)
	}
}

func TestAsciiCase(t *testing.T) {
	in := []byte("Three killed in Athens — “3 dead” Ärzte")
	up, low := asciiCase(in, true), asciiCase(in, false)
	if len(up) != len(in) || len(low) != len(in) {
		t.Fatal("case change changed the length")
	}
	if string(up) != "THREE KILLED IN ATHENS — “3 DEAD” ÄRZTE" {
		t.Errorf("upper = %q", up)
	}
	if string(low) != "three killed in athens — “3 dead” Ärzte" {
		t.Errorf("lower = %q", low)
	}
}

func TestParseFigures(t *testing.T) {
	in := `{"table":"mentions","start":0,"end":4}
{"table":"figures","start":9,"end":23,"text":"two people","value":2,"low":2,"high":2,"measure":"wounded","subject":null,"claimant":"ISNA"}
`
	outs, err := parseFigures(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 1 || outs[0].Text != "two people" || *outs[0].Value != 2 || str(outs[0].Measure) != "wounded" || outs[0].Subject != nil || str(outs[0].Claimant) != "ISNA" {
		t.Errorf("parseFigures = %+v", outs)
	}
}
