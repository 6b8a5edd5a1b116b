package lexicon

import (
	"strings"
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		w    string
		full time.Month // MonthName
		any  time.Month // Month
	}{
		{"january", time.January, time.January},
		{"sept", 0, time.September},
		{"sep", 0, time.September},
		{"may", time.May, time.May},
		{"mar", 0, time.March}, // a word too: the caller judges
		{"January", 0, 0},      // lookups take lower case
		{"smarch", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		if got := MonthName(tt.w); got != tt.full {
			t.Errorf("MonthName(%q) = %v, want %v", tt.w, got, tt.full)
		}
		if got := Month(tt.w); got != tt.any {
			t.Errorf("Month(%q) = %v, want %v", tt.w, got, tt.any)
		}
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		w        string
		full, ok bool
		want     time.Weekday
	}{
		{"monday", true, true, time.Monday},
		{"sunday", true, true, time.Sunday},
		{"thurs", false, true, time.Thursday},
		{"sat", false, true, time.Saturday},
		{"week", false, false, 0},
	}
	for _, tt := range tests {
		d, ok := WeekdayName(tt.w)
		if ok != tt.full || (ok && d != tt.want) {
			t.Errorf("WeekdayName(%q) = %v, %v", tt.w, d, ok)
		}
		d, ok = Weekday(tt.w)
		if ok != tt.ok || d != tt.want {
			t.Errorf("Weekday(%q) = %v, %v; want %v, %v", tt.w, d, ok, tt.want, tt.ok)
		}
	}
}

func TestMeasureOf(t *testing.T) {
	tests := []struct {
		name                                    string
		peopleOnly, cumulative, standing, event bool
	}{
		{"killed", true, true, false, true},
		{"damaged", false, true, false, true},
		{"gathered", true, false, true, false},
		{"magnitude", false, false, true, false},
		{"captured", false, false, false, false},
		{"", false, false, false, false}, // no measure: every attribute false
		{"nonsense", false, false, false, false},
	}
	for _, tt := range tests {
		m := MeasureOf(tt.name)
		if m.PeopleOnly != tt.peopleOnly || m.Cumulative != tt.cumulative || m.Standing != tt.standing || m.Event != tt.event {
			t.Errorf("MeasureOf(%q) = %+v", tt.name, m)
		}
	}
	if !MeasureOf("captured").MostlyPeople {
		t.Error("captured: want MostlyPeople")
	}
}

// Every phrase signals one measure, and every measure with phrases is
// reachable from them.
func TestMeasurePhrases(t *testing.T) {
	seen := map[string]string{}
	for _, m := range Measures() {
		for _, p := range m.Phrases {
			if other, dup := seen[p]; dup {
				t.Errorf("phrase %q in %s and %s", p, other, m.Name)
			}
			seen[p] = m.Name
		}
	}
	ph := MeasurePhrases()
	if len(ph) != len(seen) {
		t.Errorf("MeasurePhrases has %d phrases, the table %d", len(ph), len(seen))
	}
	for _, tt := range []struct{ phrase, want string }{
		{"killed or wounded", "casualties"},
		{"death toll", "killed"},
		{"took to the streets", "gathered"},
	} {
		if ph[tt.phrase] != tt.want {
			t.Errorf("%q -> %q, want %q", tt.phrase, ph[tt.phrase], tt.want)
		}
	}
}

func TestHoliday(t *testing.T) {
	tests := []struct {
		words     string
		month     time.Month
		day, took int
	}{
		{"new year's eve", time.December, 31, 3},
		{"new year ’s day ,", time.January, 1, 4},
		{"new year's day", time.January, 1, 3},
		{"christmas eve", time.December, 24, 2},
		{"christmas", time.December, 25, 1},
		{"christmas day", time.December, 25, 2},
		{"new year", 0, 0, 0},
		{"halloween party", time.October, 31, 1},
		{"", 0, 0, 0},
	}
	for _, tt := range tests {
		m, d, n := Holiday(strings.Fields(tt.words))
		if m != tt.month || d != tt.day || n != tt.took {
			t.Errorf("Holiday(%q) = %v %d %d, want %v %d %d", tt.words, m, d, n, tt.month, tt.day, tt.took)
		}
	}
}
