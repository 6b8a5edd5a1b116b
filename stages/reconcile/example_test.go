package reconcile_test

import (
	"fmt"
	"strings"
	"time"

	"factpipe/doc"
	"factpipe/stages/reconcile"
)

func Example() {
	v := func(x float64) *float64 { return &x }
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	figure := func(docID, text string, n float64, q doc.Qualifier, subject, claimant string) doc.Figure {
		return doc.Figure{ID: doc.HashID(docID, text), DocID: docID, Text: text, Value: v(n), Qualifier: q,
			Unit: "soldier", Measure: "killed", Subject: subject, Claimant: claimant}
	}
	results := []doc.Result{
		{
			Doc: doc.Info{ID: "a", Path: "a.txt", Outlet: "Daily A", Published: day("2023-01-02")},
			Mentions: []doc.Mention{
				{Kind: doc.Place, Text: "Makeevka", Start: 0, End: 8},
				{Kind: doc.Person, Text: "Sergei Shoigu", Title: "Defence Minister", Start: 20, End: 33},
			},
			Figures: []doc.Figure{
				figure("a", "63 soldiers", 63, doc.Exact, "Makeevka", "the Russian Ministry of Defense"),
				figure("a", "400 troops", 400, doc.Exact, "Makeevka", "Kyiv"),
			},
		},
		{
			Doc: doc.Info{ID: "b", Path: "b.txt", Outlet: "Journal B", Published: day("2023-01-04")},
			Mentions: []doc.Mention{
				{Kind: doc.Place, Text: "Makiïvka", Start: 0, End: 9},
				{Kind: doc.Person, Text: "Choïgou", Start: 30, End: 38},
			},
			Figures: []doc.Figure{
				figure("b", "at least 89 servicemen", 89, doc.AtLeast, "Makiïvka", "Russia's defence ministry"),
			},
		},
	}
	aliases, err := reconcile.LoadAliases(strings.NewReader("# nothing needed here\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	out := reconcile.Reconcile(results, reconcile.Options{Aliases: aliases})
	for _, e := range out.Entities {
		fmt.Println(e.Kind, e.Name, e.Aliases, e.Mentions, e.Documents)
	}
	for _, q := range out.Quantities {
		fmt.Println(q.Subject, q.Measure, q.Unit, q.Claims, q.Sources, *q.Low, *q.High)
	}
	for _, c := range out.Contradictions {
		fmt.Println(c.Kind, c.Explanation)
	}
	// Output:
	// person Sergei Shoigu [Choïgou] 2 2
	// place Makeevka [Makiïvka] 2 2
	// Makeevka killed soldier 3 2 63 400
	// numeric_dispute Kyiv said 400 soldiers were killed (2023-01-02); the Russian Ministry of Defense said at least 89 (2023-01-04).
	// revision The Russian Ministry of Defense first said 63 soldiers were killed (2023-01-02), later at least 89 (2023-01-04).
}
