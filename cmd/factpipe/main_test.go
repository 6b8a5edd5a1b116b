package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestExitCodes(t *testing.T) {
	tmp := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		err  string // substring of stderr
	}{
		{"no command", nil, 2, "usage:"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"help", []string{"-h"}, 0, ""},
		{"run help", []string{"run", "-h"}, 0, "-workers"},
		{"bad flag", []string{"run", "-nope"}, 2, "flag provided but not defined"},
		{"extra argument", []string{"run", "x"}, 2, "unexpected arguments"},
		{"bad log format", []string{"run", "-log-format", "xml"}, 2, "-log-format"},
		{"missing input", []string{"run", "-in", filepath.Join(tmp, "nope"), "-out", filepath.Join(tmp, "out")}, 1, "no such file"},
		{"missing alias file", []string{"run", "-aliases", filepath.Join(tmp, "nope")}, 2, "-aliases"},
		{"alias file a folder", []string{"run", "-aliases", tmp}, 2, "not a regular file"},
		{"no workers", []string{"run", "-workers", "0"}, 2, "-workers must be at least 1"},
		{"negative workers", []string{"run", "-workers", "-3"}, 2, "-workers must be at least 1"},
		{"negative max bytes", []string{"run", "-max-bytes", "-1"}, 2, "-max-bytes must be more than 0"},
		{"empty out", []string{"run", "-out", ""}, 2, "-out must name"},
		{"out a user's folder", []string{"run", "-out", userFolder(t, tmp)}, 1, "did not write (thesis.txt)"},
		{"out the input", []string{"run", "-in", "../../seeds", "-out", "../../seeds"}, 1, "is the input directory"},
		{"out the root", []string{"run", "-in", "../../seeds", "-out", "/"}, 1, "root of the file system"},
		{"schema", []string{"schema"}, 0, ""},
		{"schema both", []string{"schema", "-json", "-markdown"}, 2, "exclude"},
		{"evaluate nothing", []string{"evaluate"}, 2, "usage"},
		{"evaluate no file", []string{"evaluate", "ner"}, 2, "want one CoNLL file"},
		{"evaluate missing file", []string{"evaluate", "ner", filepath.Join(tmp, "nope")}, 1, "no such file"},
		{"report nothing", []string{"report"}, 2, "want one output directory"},
		{"report two folders", []string{"report", tmp, tmp}, 2, "want one output directory"},
		{"report no sections", []string{"report", "-sections", "0", tmp}, 2, "-sections must be at least 1"},
		{"report not an output", []string{"report", "-o", filepath.Join(tmp, "r.html"), tmp}, 1, "documents.parquet"},
		{"report of a partitioned run", []string{"run", "-report", "-partition"}, 2, "does not work with -partition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.err) {
				t.Errorf("stderr does not contain %q:\n%s", tt.err, stderr.String())
			}
		})
	}
}

// userFolder makes a folder holding a file of the user's.
func userFolder(t *testing.T, tmp string) string {
	dir := filepath.Join(tmp, "mydocs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "thesis.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// extract prints one JSON object per mention and figure, whose text is the
// input's bytes at its offsets.
func TestExtractStdin(t *testing.T) {
	in := "Russia's defence ministry said 89 soldiers were killed in Makiivka, President Vladimir Putin was told.\n"
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"extract"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	tables := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var row struct {
			Table string `json:"table"`
			Text  string `json:"text"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		}
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		tables[row.Table]++
		if in[row.Start:row.End] != row.Text {
			t.Errorf("%s %q at %d:%d reads %q", row.Table, row.Text, row.Start, row.End, in[row.Start:row.End])
		}
	}
	if tables["mentions"] == 0 || tables["figures"] == 0 {
		t.Errorf("got %v, want mentions and figures", tables)
	}
}

// doc/tables.md documents every table and column exactly as the schema says.
func TestReadmeSchema(t *testing.T) {
	readme, err := os.ReadFile("../../doc/tables.md")
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if code := run(context.Background(), []string{"schema", "-markdown"}, nil, &md, &md); code != 0 {
		t.Fatal(md.String())
	}
	if !bytes.Contains(readme, md.Bytes()) {
		t.Error("doc/tables.md does not contain the output of 'factpipe schema -markdown': paste it there")
	}
}

// Logs go to stderr as text or JSON; -quiet keeps only warnings, such as
// a rejected file.
func TestRunLogs(t *testing.T) {
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte("Kyiv said 12 people were hurt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "b.txt"), []byte{}, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		flags   []string
		want    []string
		notWant []string
	}{
		{"text", nil, []string{"msg=\"run started\"", "msg=\"file rejected\" path=b.txt"}, nil},
		{"json", []string{"-log-format", "json"}, []string{`"msg":"run finished"`, `"path":"b.txt"`}, nil},
		{"quiet", []string{"-quiet"}, []string{"file rejected"}, []string{"run started"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"run", "-in", in, "-out", filepath.Join(t.TempDir(), "out")}, tt.flags...)
			if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(stderr.String(), w) {
					t.Errorf("stderr has %q:\n%s", w, stderr.String())
				}
			}
		})
	}
}

// parse prints one CoNLL-U sentence per content sentence: ten columns, one
// root, the tokenizer's words.
func TestParseCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := "The attack killed six people.\nTwo more died.\n"
	if code := run(context.Background(), []string{"parse"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	sentences := strings.Split(strings.TrimSpace(stdout.String()), "\n\n")
	if len(sentences) != 2 {
		t.Fatalf("%d sentences:\n%s", len(sentences), stdout.String())
	}
	for _, s := range sentences {
		roots := 0
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 10 {
				t.Fatalf("%d columns: %q", len(cols), line)
			}
			if cols[6] == "0" {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%d roots in\n%s", roots, s)
		}
	}
	if !strings.Contains(stdout.String(), "\tkilled\t_\tVERB\t") {
		t.Errorf("no verb 'killed':\n%s", stdout.String())
	}
}

// run -report writes the report into the output, which a later run may
// replace; report -o writes the same bytes anywhere.
func TestRunReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for range 2 { // the second run replaces an output that holds a report
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"run", "-quiet", "-report", "-in", "../../seeds", "-out", out}, nil, &stderr, &stderr); code != 0 {
			t.Fatalf("run -report: exit %d\n%s", code, stderr.String())
		}
	}
	inRun, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "r.html")
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"report", "-o", other, out}, nil, &stderr, &stderr); code != 0 {
		t.Fatalf("report: exit %d\n%s", code, stderr.String())
	}
	alone, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(inRun, alone) || !bytes.Contains(alone, []byte("400 vs 89")) {
		t.Errorf("run -report and report -o differ (%d and %d bytes), or the dispute is missing", len(inRun), len(alone))
	}
}

// Articles written to break the page stay text in their report: parsed
// as a browser parses it, the page has only its own two scripts, and no
// element or event handler made of the article.
func TestReportOfHostileArticle(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	articles := map[string]string{
		"a.txt": "Greyford Herald </script><script>alert(1)</script>\n\nJanuary 5, 2023\n\n" +
			"The council of Greyford said 40 soldiers were killed in Greyford on Monday, </script><img src=x onerror=alert(2)> officials added.\n",
		"b.txt": "Harbour News\n\nJanuary 6, 2023\n\n" +
			"The Harbour Authority \"><svg onload=alert(3)> said 90 soldiers were killed in Greyford on <b onmouseover=alert(4)>Monday</b>.<!--\n",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"run", "-quiet", "-report", "-in", in, "-out", out}, nil, &stderr, &stderr); code != 0 {
		t.Fatalf("run -report: exit %d\n%s", code, stderr.String())
	}
	page, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scripts, alerts := 0, 0
	for n := range doc.Descendants() {
		if n.Type == html.TextNode && strings.Contains(n.Data, "alert(") && n.Parent.Data != "script" {
			alerts++
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script":
			scripts++
		case "img", "b":
			t.Errorf("the article made a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("the article made an event handler %s=%q", a.Key, a.Val)
			}
		}
	}
	if scripts != 2 {
		t.Errorf("%d scripts, want the page's own 2", scripts)
	}
	if alerts < 2 {
		t.Errorf("the articles' sentences show %d times in the page, want both: the test reads too little", alerts)
	}
}
