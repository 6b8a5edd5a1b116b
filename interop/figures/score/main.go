// Command score measures factpipe's figures against a gold file of
// interop/figures (see interop/figures/README.md):
//
//	go run ./interop/figures/score -gold interop/figures/dev.json -data ../shared/data/ecbplus [-bin bin/factpipe] [-case as-is|upper|lower] [-v]
//
// It runs `factpipe extract FILE` on every gold file that holds a figure
// (an upper- or lower-cased copy of it with -case), matches each gold figure
// to the output figure whose byte span overlaps it most, and prints recall and
// how often value, measure, claimant and subject are right, overall and per
// measure. With -v it lists every gold figure that is not all right. A file
// that factpipe fails on is reported, and its figures count as not found.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Gold is one figure of a gold file.
type Gold struct {
	File       string   `json:"file"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Value      *float64 `json:"value"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	Qualifier  string   `json:"qualifier"`
	Measure    string   `json:"measure"`
	Unit       string   `json:"unit"`
	Claimant   string   `json:"claimant"`
	Subject    string   `json:"subject"`
	Background bool     `json:"background"`
	Note       string   `json:"note"`
}

// Out is one row of the figures table printed by factpipe extract.
type Out struct {
	Table      string   `json:"table"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Value      *float64 `json:"value"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	Qualifier  string   `json:"qualifier"`
	Unit       string   `json:"unit"`
	Measure    *string  `json:"measure"`
	Subject    *string  `json:"subject"`
	Background bool     `json:"background"`
	Claimant   *string  `json:"claimant"`
}

// Result is what was found for one gold figure.
type Result struct {
	Gold                              Gold
	Out                               *Out // nil when no output figure overlaps it
	Value, Measure, Claimant, Subject bool
	Background                        bool // the output's background flag equals the gold's
}

// All tells whether value, measure and claimant are all right.
func (r Result) All() bool { return r.Value && r.Measure && r.Claimant }

func main() {
	goldPath := flag.String("gold", "interop/figures/dev.json", "gold file")
	data := flag.String("data", "../shared/data/ecbplus", "folder the gold file names are relative to")
	bin := flag.String("bin", "bin/factpipe", "factpipe binary")
	casing := flag.String("case", "as-is", "run on the files as-is, upper-cased or lower-cased (ASCII letters only)")
	verbose := flag.Bool("v", false, "list every gold figure that is not all right")
	flag.Parse()
	if *casing != "as-is" && *casing != "upper" && *casing != "lower" {
		fail(fmt.Errorf("-case must be as-is, upper or lower, not %q", *casing))
	}

	var gold struct {
		Files   []string `json:"files"`
		Figures []Gold   `json:"figures"`
	}
	raw, err := os.ReadFile(*goldPath)
	if err != nil {
		fail(err)
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		fail(fmt.Errorf("%s: %v", *goldPath, err))
	}
	tmp, err := os.MkdirTemp("", "figscore")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)

	byFile := map[string][]Gold{}
	var files []string
	for _, g := range gold.Figures {
		if byFile[g.File] == nil {
			files = append(files, g.File)
		}
		byFile[g.File] = append(byFile[g.File], g)
	}
	var results []Result
	failed := 0
	for _, f := range files {
		path := filepath.Join(*data, f)
		if *casing != "as-is" {
			if path, err = caseCopy(path, filepath.Join(tmp, f), *casing); err != nil {
				fail(err)
			}
		}
		outs, err := extract(*bin, path)
		if err != nil { // its figures count as not found
			fmt.Fprintf(os.Stderr, "score: %s: %v\n", f, err)
			failed++
		}
		for _, g := range byFile[f] {
			results = append(results, judge(g, outs))
		}
	}
	fmt.Printf("%s, %d files read, %d gold figures, case %s\n", *goldPath, len(gold.Files), len(results), *casing)
	if failed > 0 {
		fmt.Printf("  factpipe extract failed on %d of %d files: their figures count as not found\n", failed, len(files))
	}
	report(os.Stdout, results)
	if *verbose {
		listErrors(os.Stdout, results)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "score:", err)
	os.Exit(2)
}

// caseCopy writes src with its ASCII letters upper- or lower-cased to dst,
// so that byte offsets stay the same, and returns dst.
func caseCopy(src, dst, casing string) (string, error) {
	b, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	b = asciiCase(b, casing == "upper")
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return "", err
	}
	return dst, os.WriteFile(dst, b, 0o644)
}

func asciiCase(b []byte, upper bool) []byte {
	c := make([]byte, len(b))
	for i, x := range b {
		switch {
		case upper && 'a' <= x && x <= 'z':
			x -= 'a' - 'A'
		case !upper && 'A' <= x && x <= 'Z':
			x += 'a' - 'A'
		}
		c[i] = x
	}
	return c
}

// extract runs factpipe extract on one file and returns its figures.
func extract(bin, path string) ([]Out, error) {
	cmd := exec.Command(bin, "extract", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return parseFigures(bytes.NewReader(stdout))
}

func parseFigures(r io.Reader) ([]Out, error) {
	var outs []Out
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var o Out
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			return nil, err
		}
		if o.Table == "figures" {
			outs = append(outs, o)
		}
	}
	return outs, sc.Err()
}

// best returns the output figure whose span overlaps [start, end) most, the
// first of equals, or nil when none overlaps it.
func best(start, end int, outs []Out) *Out {
	var b *Out
	most := 0
	for i := range outs {
		if n := min(end, outs[i].End) - max(start, outs[i].Start); n > most {
			b, most = &outs[i], n
		}
	}
	return b
}

func judge(g Gold, outs []Out) Result {
	r := Result{Gold: g, Out: best(g.Start, g.End, outs)}
	if o := r.Out; o != nil {
		r.Value = valueRight(g, *o)
		r.Measure = g.Measure == str(o.Measure)
		r.Claimant = claimantRight(g.Claimant, str(o.Claimant))
		r.Subject = subjectRight(g.Subject, str(o.Subject))
		r.Background = g.Background == o.Background
	}
	return r
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// valueRight compares the values, and the bounds where the gold gives them:
// the bounds that "about" or "dozens" imply are the reader's convention.
func valueRight(g Gold, o Out) bool {
	return same(g.Value, o.Value) && (g.Low == nil || same(g.Low, o.Low)) && (g.High == nil || same(g.High, o.High))
}

func same(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9
}

// claimantRight: both empty, or the gold claimant's last word is a word of
// the output claimant (case-insensitive). The article's own voice (gold
// "") is right as the outlet, a web address, as the figures table names
// the article itself when it makes the claim.
func claimantRight(gold, out string) bool {
	if strings.TrimSpace(gold) == "" && isHost(out) {
		return true
	}
	gw, ow := words(gold), words(out)
	if len(gw) == 0 || len(ow) == 0 {
		return len(gw) == 0 && len(ow) == 0
	}
	last := gw[len(gw)-1]
	for _, w := range ow {
		if w == last {
			return true
		}
	}
	return false
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

// subjectRight: both empty, or one contains the other (case-insensitive).
func subjectRight(gold, out string) bool {
	g, o := strings.ToLower(strings.TrimSpace(gold)), strings.ToLower(strings.TrimSpace(out))
	if g == "" || o == "" {
		return g == o
	}
	return strings.Contains(g, o) || strings.Contains(o, g)
}

// isHost reports whether s is a web host, as the output names an outlet:
// "thenational.ae".
func isHost(s string) bool {
	return strings.Contains(s, ".") && !strings.ContainsAny(s, " \t") && !strings.HasSuffix(s, ".")
}

// outletOnly counts the figures whose gold claimant is the article's own
// voice and whose output claimant is a web address (the outlet), the one
// convention in which the output and the guideline differ most.
func outletOnly(results []Result) int {
	n := 0
	for _, r := range results {
		if r.Out != nil && r.Gold.Claimant == "" && strings.Contains(str(r.Out.Claimant), ".") {
			n++
		}
	}
	return n
}

type tally struct{ n, found, value, measure, claimant, subject, background, all int }

func (t *tally) add(r Result) {
	t.n++
	for _, c := range []struct {
		ok bool
		p  *int
	}{{r.Out != nil, &t.found}, {r.Value, &t.value}, {r.Measure, &t.measure}, {r.Claimant, &t.claimant}, {r.Subject, &t.subject}, {r.Background, &t.background}, {r.All(), &t.all}} {
		if c.ok {
			(*c.p)++
		}
	}
}

func pct(k, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d/%d", k, n)
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", k, n, 100*float64(k)/float64(n))
}

func report(w io.Writer, results []Result) {
	var all tally
	per := map[string]*tally{}
	for _, r := range results {
		all.add(r)
		if per[r.Gold.Measure] == nil {
			per[r.Gold.Measure] = &tally{}
		}
		per[r.Gold.Measure].add(r)
	}
	fmt.Fprintf(w, "  recall (found)                   %s\n", pct(all.found, all.n))
	fmt.Fprintf(w, "  value right                      %s\n", pct(all.value, all.n))
	fmt.Fprintf(w, "  measure right                    %s\n", pct(all.measure, all.n))
	fmt.Fprintf(w, "  claimant right                   %s\n", pct(all.claimant, all.n))
	fmt.Fprintf(w, "  subject right                    %s\n", pct(all.subject, all.n))
	fmt.Fprintf(w, "  background right                 %s\n", pct(all.background, all.n))
	fmt.Fprintf(w, "  value+measure+claimant all right %s\n", pct(all.all, all.n))
	fmt.Fprintf(w, "  (claimant right counts the outlet, a web address, as the article's own voice: %d)\n", outletOnly(results))
	var ms []string
	for m := range per {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool {
		return per[ms[i]].n > per[ms[j]].n || per[ms[i]].n == per[ms[j]].n && ms[i] < ms[j]
	})
	fmt.Fprintf(w, "  %-11s %4s %6s %6s %8s %9s %8s %6s\n", "measure", "gold", "found", "value", "measure", "claimant", "subject", "all")
	for _, m := range ms {
		t := per[m]
		fmt.Fprintf(w, "  %-11s %4d %6d %6d %8d %9d %8d %6d\n", m, t.n, t.found, t.value, t.measure, t.claimant, t.subject, t.all)
	}
}

func listErrors(w io.Writer, results []Result) {
	fmt.Fprintln(w, "\nnot all right (gold | output):")
	num := func(v *float64) string {
		if v == nil {
			return "-"
		}
		return fmt.Sprint(*v)
	}
	mark := func(ok bool) string {
		if ok {
			return " "
		}
		return "✗"
	}
	for _, r := range results {
		g := r.Gold
		if r.Out != nil && r.All() && r.Subject {
			continue
		}
		fmt.Fprintf(w, "%s %d-%d %q\n", g.File, g.Start, g.End, g.Text)
		if r.Out == nil {
			fmt.Fprintf(w, "    not found (gold %s %s, %s)\n", num(g.Value), g.Measure, g.Unit)
			continue
		}
		o := r.Out
		fmt.Fprintf(w, "    output text %q\n", o.Text)
		fmt.Fprintf(w, "  %s value     %s/%s/%s | %s/%s/%s\n", mark(r.Value), num(g.Value), num(g.Low), num(g.High), num(o.Value), num(o.Low), num(o.High))
		fmt.Fprintf(w, "  %s measure   %q | %q\n", mark(r.Measure), g.Measure, str(o.Measure))
		fmt.Fprintf(w, "  %s claimant  %q | %q\n", mark(r.Claimant), g.Claimant, str(o.Claimant))
		fmt.Fprintf(w, "  %s subject   %q | %q\n", mark(r.Subject), g.Subject, str(o.Subject))
		fmt.Fprintf(w, "  %s background %v | %v\n", mark(r.Background), g.Background, o.Background)
	}
}
