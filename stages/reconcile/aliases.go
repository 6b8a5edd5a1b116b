package reconcile

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Aliases are names the user declares to be one entity, for aliases no
// spelling rule can find (a nom de guerre and a real name). A nil *Aliases
// declares none. An Aliases is read-only once loaded and safe for
// concurrent use.
type Aliases struct {
	groups [][]string // each group: canonical name first, then its aliases
}

// LoadAliases reads an aliases file. The format, one group per line:
//
//	# comment
//	Igor Girkin = Igor Strelkov
//	Kyiv = Kiev = Kyjiw
//
// The first name of a line is the canonical name, the others are aliases
// of it. Blank lines and lines starting with # are ignored; a # after a
// name starts a comment too. Names are matched case- and
// diacritic-insensitively, and spelling variants of a listed name (by the
// same transliteration rules as everywhere else) match it as well. A name
// may appear on one line only. Errors give the line number.
func LoadAliases(r io.Reader) (*Aliases, error) {
	a := &Aliases{}
	seen := map[string]int{} // folded name -> line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF"))
		if text == "" {
			continue
		}
		parts := strings.Split(text, "=")
		if len(parts) < 2 {
			return nil, fmt.Errorf("reconcile: aliases line %d: want \"Canonical Name = Alias\", got %q", line, text)
		}
		var group []string
		for _, p := range parts {
			name := strings.Join(strings.Fields(p), " ")
			if name == "" {
				return nil, fmt.Errorf("reconcile: aliases line %d: empty name", line)
			}
			if phraseKey(name) == "" {
				return nil, fmt.Errorf("reconcile: aliases line %d: %q has no letters", line, name)
			}
			k := fold(name)
			if prev, ok := seen[k]; ok {
				if prev == line {
					continue
				}
				return nil, fmt.Errorf("reconcile: aliases line %d: %q already listed on line %d", line, name, prev)
			}
			seen[k] = line
			group = append(group, name)
		}
		if len(group) < 2 {
			return nil, fmt.Errorf("reconcile: aliases line %d: a name needs at least one alias", line)
		}
		a.groups = append(a.groups, group)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reconcile: aliases line %d: %w", line+1, err)
	}
	return a, nil
}

// String formats a in the format LoadAliases reads.
func (a *Aliases) String() string {
	if a == nil {
		return ""
	}
	var b strings.Builder
	for _, g := range a.groups {
		b.WriteString(strings.Join(g, " = "))
		b.WriteByte('\n')
	}
	return b.String()
}

// Groups returns the alias groups, canonical name first in each.
func (a *Aliases) Groups() [][]string {
	if a == nil || len(a.groups) == 0 {
		return nil
	}
	out := make([][]string, len(a.groups))
	for i, g := range a.groups {
		out[i] = append([]string(nil), g...)
	}
	return out
}
