package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The tests of this file open reports in headless Chromium. They run when
// FACTPIPE_CHROMIUM names the browser (make browser installs the Debian
// package and sets it); FACTPIPE_ARTIFACTS names the folder the
// screenshot goes to (default: .artifacts at the module root).

func chromiumBin(tb testing.TB) string {
	tb.Helper()
	bin := os.Getenv("FACTPIPE_CHROMIUM")
	if bin == "" {
		tb.Skip("FACTPIPE_CHROMIUM is not set (make browser sets it)")
	}
	return bin
}

// consoleLine matches a message of the page's console in Chromium's log
// (--enable-logging=stderr): uncaught errors, console.log and the like.
var consoleLine = regexp.MustCompile(`:CONSOLE[(:]`)

// browserTimeout bounds one run of the browser.
const browserTimeout = 60 * time.Second

// openInChromium loads the file in headless Chromium and returns the DOM
// after its scripts ran and the messages of the page's console; with
// extra flags (--screenshot=...) Chromium does that instead of dumping.
func openInChromium(tb testing.TB, bin, file string, extra ...string) (dom string, console []string) {
	tb.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + tb.TempDir()}
	if len(extra) == 0 {
		args = append(args, "--dump-dom")
	}
	args = append(append(args, extra...), "file://"+abs)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	for line := range strings.Lines(stderr.String()) {
		if consoleLine.MatchString(line) {
			console = append(console, strings.TrimSpace(line))
		}
	}
	return stdout.String(), console
}

func writeReportFile(tb testing.TB, in Input, opts Options) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "report.html")
	if err := WriteFile(path, in, opts); err != nil {
		tb.Fatal(err)
	}
	return path
}

// The check of the console is not vacuous: a script error shows.
func TestBrowserSeesScriptErrors(t *testing.T) {
	bin := chromiumBin(t)
	path := filepath.Join(t.TempDir(), "broken.html")
	page := `<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction();</script></body></html>`
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	_, console := openInChromium(t, bin, path)
	if len(console) == 0 || !strings.Contains(strings.Join(console, "\n"), "undefinedFunction") {
		t.Fatalf("the script error was not seen; console: %q", console)
	}
}

// The seeds' report renders without script errors; after its scripts ran,
// the page shows the dispute (400 vs 89) and the revision (63 → 89), in
// the chart and in the table of contradictions. A screenshot is kept.
func TestBrowserSeeds(t *testing.T) {
	bin := chromiumBin(t)
	in, err := Load(seedsOut)
	if err != nil {
		t.Fatal(err)
	}
	path := writeReportFile(t, in, Options{})
	dom, console := openInChromium(t, bin, path)
	if len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`<body [^>]*data-ready="1"`),
		regexp.MustCompile(`<tr class="numeric_dispute"><td><span class="kind">Dispute</span><br><span class="sum">400 vs 89</span>`),
		regexp.MustCompile(`<tr class="revision"><td><span class="kind">Revision</span><br><span class="sum">63 → 89</span>`),
		regexp.MustCompile(`<g class="mark dispute"><title>dispute: 400 vs 89</title>`),
		regexp.MustCompile(`<g class="mark revision"><title>revision: 63 → 89</title>`),
	} {
		if !want.MatchString(dom) {
			t.Errorf("rendered page lacks %s", want)
		}
	}
	shot := filepath.Join(artifacts(t), "report-seeds.png")
	openInChromium(t, bin, path, "--window-size=1280,2600", "--screenshot="+shot)
	if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Fatalf("no screenshot at %s: %v", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}

// A report of hostile article text runs no script but its own: no errors,
// no element made of the text.
func TestBrowserHostile(t *testing.T) {
	bin := chromiumBin(t)
	path := writeReportFile(t, Input{Set: hostileSet()}, Options{})
	dom, console := openInChromium(t, bin, path)
	if len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	if !regexp.MustCompile(`<body [^>]*data-ready="1"`).MatchString(dom) {
		t.Error("the page's script did not finish")
	}
	if strings.Contains(dom, "<img") {
		t.Error("the article text made an <img> element")
	}
}

func artifacts(tb testing.TB) string {
	dir := os.Getenv("FACTPIPE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", ".artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return abs
}

// BenchmarkBrowserOpen opens the report FACTPIPE_REPORT (make report-bbc
// writes BBC's) in headless Chromium: ns/op is the wall time from starting
// the browser to the DOM after the page's scripts ran; load-ms is the
// page's own time to its load event (performance.now() there).
func BenchmarkBrowserOpen(b *testing.B) {
	bin := chromiumBin(b)
	path := os.Getenv("FACTPIPE_REPORT")
	if path == "" {
		b.Skip("FACTPIPE_REPORT is not set (make report-bbc sets it)")
	}
	loadMS := regexp.MustCompile(`data-load-ms="(\d+)"`)
	var total float64
	for b.Loop() {
		dom, console := openInChromium(b, bin, path)
		if len(console) > 0 {
			b.Fatalf("console messages:\n%s", strings.Join(console, "\n"))
		}
		m := loadMS.FindStringSubmatch(dom)
		if m == nil {
			b.Fatal("the page did not record its load time")
		}
		ms, _ := strconv.ParseFloat(m[1], 64)
		total += ms
	}
	b.ReportMetric(total/float64(b.N), "load-ms")
}
