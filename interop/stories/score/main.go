// Command score measures factpipe's stories against the ECB+ events: each
// ECB+ topic holds two events of one kind, told in its "ecb" and its
// "ecbplus" files, so the gold story of file T/T_Necb.txt is "T ecb" and
// of T/T_Necbplus.txt "T ecbplus".
//
//	go run ./interop/stories/score OUT_DIR
//
// OUT_DIR is a factpipe output of ECB+ files (any subset of topics). It
// prints B-cubed precision, recall and F1 of the documents' story_id
// against the gold stories, the number of stories, and the stories that
// hold documents of more than one gold story (-v lists them).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"factpipe/tables"
)

func main() {
	verbose := flag.Bool("v", false, "list the stories that mix gold stories")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: score [-v] OUT_DIR")
		os.Exit(2)
	}
	docs, err := tables.ReadFile[tables.Document](filepath.Join(flag.Arg(0), "documents.parquet"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
	s := score(docs)
	s.print(os.Stdout, *verbose)
}

var fileName = regexp.MustCompile(`^(\d+)_\d+(ecb|ecbplus)\.txt$`)

// goldOf is the gold story of an ECB+ path, "" when the name is not one.
func goldOf(p string) string {
	m := fileName.FindStringSubmatch(path.Base(p))
	if m == nil {
		return ""
	}
	return m[1] + " " + m[2]
}

// result is what score measures.
type result struct {
	docs, stories, gold int
	p, r                float64
	mixed               [][]string // paths of each story that mixes gold stories
}

// score computes B-cubed precision and recall: for each document, the
// share of its story's documents that are in its gold story, and the share
// of its gold story's documents that are in its story.
func score(docs []tables.Document) result {
	byStory, byGold := map[string][]string{}, map[string][]string{}
	var res result
	for _, d := range docs {
		g := goldOf(d.Path)
		if g == "" {
			continue
		}
		byStory[d.StoryID] = append(byStory[d.StoryID], d.Path)
		byGold[g] = append(byGold[g], d.Path)
		res.docs++
	}
	goldOfPath := map[string]string{}
	storyOfPath := map[string]string{}
	for id, ps := range byStory {
		for _, p := range ps {
			storyOfPath[p] = id
			goldOfPath[p] = goldOf(p)
		}
	}
	for _, ps := range byStory {
		golds := map[string]int{}
		for _, p := range ps {
			golds[goldOfPath[p]]++
		}
		for _, p := range ps {
			res.p += float64(golds[goldOfPath[p]]) / float64(len(ps))
		}
		if len(golds) > 1 {
			res.mixed = append(res.mixed, slices.Sorted(slices.Values(ps)))
		}
	}
	for _, ps := range byGold {
		stories := map[string]int{}
		for _, p := range ps {
			stories[storyOfPath[p]]++
		}
		for _, p := range ps {
			res.r += float64(stories[storyOfPath[p]]) / float64(len(ps))
		}
	}
	if res.docs > 0 {
		res.p /= float64(res.docs)
		res.r /= float64(res.docs)
	}
	res.stories, res.gold = len(byStory), len(byGold)
	slices.SortFunc(res.mixed, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return res
}

func (r result) print(w io.Writer, verbose bool) {
	f := 0.0
	if r.p+r.r > 0 {
		f = 2 * r.p * r.r / (r.p + r.r)
	}
	fmt.Fprintf(w, "documents %d, gold stories %d, stories %d\n", r.docs, r.gold, r.stories)
	fmt.Fprintf(w, "B-cubed precision %.3f recall %.3f F1 %.3f; stories mixing gold stories: %d\n", r.p, r.r, f, len(r.mixed))
	if verbose {
		for _, m := range r.mixed {
			fmt.Fprintf(w, "  %s\n", strings.Join(m, " "))
		}
	}
}
