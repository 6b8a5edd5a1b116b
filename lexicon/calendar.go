package lexicon

import (
	"strings"
	"time"
)

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// monthAbbrevs are the abbreviations of month names, without their dot.
var monthAbbrevs = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September, "sept": time.September,
	"oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayAbbrevs are the abbreviations of weekday names, without their dot.
var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

// MonthName returns the month of a full month name ("september"), or 0.
func MonthName(w string) time.Month {
	for i, n := range monthNames {
		if n == w {
			return time.Month(i + 1)
		}
	}
	return 0
}

// Month returns the month of a full month name or its abbreviation ("sep",
// "sept"), or 0. Several abbreviations are words too ("mar", "dec"): the
// caller judges by context.
func Month(w string) time.Month {
	if m := MonthName(w); m != 0 {
		return m
	}
	return monthAbbrevs[w]
}

// Months returns the full month names, January first.
func Months() []string { return monthNames[:] }

// WeekdayName returns the weekday of a full weekday name ("monday").
func WeekdayName(w string) (time.Weekday, bool) {
	for i, n := range weekdayNames {
		if n == w {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// Weekday returns the weekday of a full weekday name or its abbreviation
// ("tues", "thurs"). Several abbreviations are words too ("sun", "sat",
// "wed"): the caller judges by context.
func Weekday(w string) (time.Weekday, bool) {
	if d, ok := WeekdayName(w); ok {
		return d, true
	}
	d, ok := weekdayAbbrevs[w]
	return d, ok
}

// Weekdays returns the full weekday names, Sunday first.
func Weekdays() []string { return weekdayNames[:] }

// holidays are the days of the year that a name alone gives.
var holidays = map[string]struct {
	month time.Month
	day   int
}{
	"new year's eve": {time.December, 31}, "new year's day": {time.January, 1},
	"christmas eve": {time.December, 24}, "christmas day": {time.December, 25}, "christmas": {time.December, 25},
	"boxing day": {time.December, 26}, "halloween": {time.October, 31}, "valentine's day": {time.February, 14},
}

// holidayStarts are the first words of the holidays' names.
var holidayStarts = func() map[string]bool {
	m := map[string]bool{}
	for name := range holidays {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// HolidayStart reports whether w (lower case) is the first word of a
// holiday's name: "new", "christmas", "halloween".
func HolidayStart(w string) bool { return holidayStarts[w] }

// Holiday returns the month and day of the holiday named by the first
// words of ws (lower case; "’s" may stand for "'s", as a word of its own
// or at the end of one) and how many words the name takes; 0 words when
// ws starts with none.
func Holiday(ws []string) (time.Month, int, int) {
	name := ""
	for n := 1; n <= 4 && n <= len(ws); n++ {
		w := strings.ReplaceAll(ws[n-1], "’", "'")
		if w == "'s" || name == "" {
			name += w
		} else {
			name += " " + w
		}
		if h, ok := holidays[name]; ok && (n == len(ws) || !strings.HasPrefix(ws[n], "eve") && ws[n] != "day") {
			return h.month, h.day, n
		}
	}
	return 0, 0, 0
}

// incidents map a word for something that happened at one time and place
// to the kind of incident it names.
var incidents = map[string]string{
	"strike": "attack", "airstrike": "attack", "attack": "attack", "bombing": "attack", "blast": "attack",
	"explosion": "attack", "raid": "attack", "shelling": "attack",
	"quake": "earthquake", "earthquake": "earthquake", "tremor": "earthquake",
	"fire": "fire", "blaze": "fire", "shooting": "shooting", "crash": "crash", "collision": "crash",
	"flood": "flood", "flooding": "flood", "storm": "storm", "robbery": "robbery", "heist": "robbery",
}

// Incident returns the kind of incident a word names ("strike" ->
// "attack", "quake" -> "earthquake"), or "".
func Incident(w string) string { return incidents[w] }
