package lexicon

import "time"

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
