// Package report renders the tables of one factpipe output directory as one
// self-contained HTML page: the same tables give the same bytes, and the
// page loads nothing from the network.
//
// The page has a section per story when the output has a stories table,
// and otherwise one per quantity (see groups). The highest-ranked sections
// (most disputes and revisions, then most sources) are drawn: a chart of
// each source's claims over time, the contradictions with their sentences,
// and the people, places and organisations of their articles with mention
// counts; the other sections are rows of one table. A world map shows the
// places the gazetteer resolved; the others are listed.
//
// Every string of the tables is untrusted text from articles: it is escaped
// for the context it is written in (HTML text, attribute, SVG, JSON in a
// script element).
package report

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"factpipe/tables"
)

// DefaultSections is the number of sections drawn when Options.Sections
// is 0.
const DefaultSections = 12

// Options configures a report. The zero value is valid.
type Options struct {
	// Sections is how many sections are drawn with a chart; the others
	// are rows of one table. 0 means DefaultSections.
	Sections int
}

func (o Options) sections() int {
	if o.Sections <= 0 {
		return DefaultSections
	}
	return o.Sections
}

// Input is what a report shows: the tables of one run, with its stories
// and contradiction confidences as maps for the page to look up.
type Input struct {
	Set tables.Set

	// Stories are the rows of a stories table, nil when the output has
	// none (an output of an older factpipe); QuantityStory maps a
	// quantity ID to its story ID.
	Stories       []Story
	QuantityStory map[string]string

	// Confidence maps a contradiction ID to its confidence; nil for an
	// older output, whose contradictions have none.
	Confidence map[string]float64
}

// Story is what the report shows of a story.
type Story struct {
	StoryID string
	Title   string
}

// Load reads the tables of the output directory dir.
func Load(dir string) (Input, error) {
	s, err := tables.Read(dir)
	if err != nil {
		return Input{}, fmt.Errorf("report: %w", err)
	}
	in := Input{Set: s}
	// An output without a stories file predates stories and confidences.
	if _, err := os.Stat(filepath.Join(dir, "stories.parquet")); errors.Is(err, fs.ErrNotExist) {
		return in, nil
	}
	in.Stories = []Story{}
	for _, st := range s.Stories {
		in.Stories = append(in.Stories, Story{StoryID: st.StoryID, Title: st.Title})
	}
	in.QuantityStory = map[string]string{}
	for _, q := range s.Quantities {
		in.QuantityStory[q.QuantityID] = q.StoryID
	}
	in.Confidence = map[string]float64{}
	for _, c := range s.Contradictions {
		in.Confidence[c.ContradictionID] = c.Confidence
	}
	return in, nil
}

// Write writes the report of in to w.
func Write(w io.Writer, in Input, opts Options) error {
	p := build(in, opts)
	if err := pageTemplate.Execute(w, p); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// WriteFile writes the report of in to the file at path, replacing it.
func WriteFile(path string, in Input, opts Options) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("report: %w", cerr)
		}
	}()
	return Write(f, in, opts)
}
