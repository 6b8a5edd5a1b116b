package factdiff

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChangeText(t *testing.T) {
	long := "Amid the ongoing conflict, the Kremlin in a rare announcement admitted that at least 89 of its personnel were killed during a strike."
	many := func(extra ...string) Value {
		l := []string{"a.txt: first long figure phrase", "a.txt: second long figure phrase", "b.txt: third long figure phrase"}
		return list(append(l, extra...))
	}
	tests := []struct {
		name     string
		old, new Value
		want     string
	}{
		{"short text", text("Toll rises"), text("Toll rises again"), `"Toll rises" -> "Toll rises again"`},
		{"null to text", Value{}, text("officials"), `null -> "officials"`},
		{"number", number(ptr(89.0)), number(ptr(92.5)), `89 -> 92.5`},
		{"date", date(ptr(int32(19359))), Value{}, `2023-01-02 -> null`},
		{"short list", list([]string{"b", "a"}), list([]string{"a", "c"}), `["a", "b"] -> ["a", "c"]`},
		{
			// Only the part around the revised number is shown, widened to
			// whole words.
			"long text", text(long), text(strings.Replace(long, "89", "92", 1)),
			`"…admitted that at least 89 of its personnel were killed…" -> "…admitted that at least 92 of its personnel were killed…"`,
		},
		{
			// The cut counts characters, not bytes: "ü" is two bytes.
			"long text non-ASCII", text(long + " Zürich"), text(long + " Zurich"),
			`"…killed during a strike. Zürich" -> "…killed during a strike. Zurich"`,
		},
		{
			"long list", many("c.txt: the old one"), many("c.txt: the new one", "d.txt: another"),
			`removed ["c.txt: the old one"], added ["c.txt: the new one", "d.txt: another"], 3 unchanged`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := changeText(tt.old, tt.new); got != tt.want {
				t.Errorf("changeText:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestMaskNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"at least 89 of its soldiers", "at least # of its soldiers"},
		{"1,200 people and 2.5bn dollars", "# people and #bn dollars"},
		// A comma or full stop after a number ends it when no digit follows.
		{"63, then 89.", "#, then #."},
		{"between 60 and 400", "between # and #"},
		{"no numbers", "no numbers"},
		// Other scripts' digits are digits too.
		{"٨٩ قتيلا", "# قتيلا"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := maskNumbers(tt.in); got != tt.want {
				t.Errorf("maskNumbers(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzMaskNumbers(f *testing.F) {
	for _, s := range []string{"at least 89", "1,200.5", "", "٨٩", "a1.b2,,3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := maskNumbers(s)
		if maskNumbers(m) != m {
			t.Errorf("maskNumbers not idempotent on %q: %q -> %q", s, m, maskNumbers(m))
		}
		if strings.ContainsFunc(m, func(r rune) bool { return r >= '0' && r <= '9' }) {
			t.Errorf("maskNumbers(%q) = %q keeps a digit", s, m)
		}
	})
}

func FuzzDifferingParts(f *testing.F) {
	f.Add("the same start 89 and end", "the same start 92 and end")
	f.Add("ü", "u")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		da, db := differingParts(a, b)
		for _, c := range []struct{ part, whole string }{{da, a}, {db, b}} {
			core := strings.TrimSuffix(strings.TrimPrefix(c.part, "…"), "…")
			if !strings.Contains(c.whole, core) {
				t.Errorf("differingParts(%q, %q): %q is not part of %q", a, b, core, c.whole)
			}
		}
		if a != b && da == db {
			t.Errorf("differingParts(%q, %q) hides the difference: %q", a, b, da)
		}
	})
}
