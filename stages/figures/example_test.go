package figures_test

import (
	"fmt"

	"factpipe/stages/figures"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

func ExampleExtractor_Extract() {
	x, err := figures.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := ingest.Decode("example.txt", []byte("Kiev claims it killed 400 Russian troops and wounded 300.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	tokenize.Tokenize(d)
	for _, f := range x.Extract(d, nil) {
		fmt.Printf("%s: %g %s %s, claimed by %s\n", f.Text, *f.Value, f.Unit, f.Measure, f.Claimant)
	}
	// Output:
	// 400 Russian troops: 400 soldier killed, claimed by Kiev
	// 300: 300 soldier wounded, claimed by Kiev
}

func ExampleParseNumber() {
	for _, s := range []string{"at least 89", "between 60 and 400", "hundreds", "£15.8m"} {
		n, _ := figures.ParseNumber(s)
		show := func(p *float64) string {
			if p == nil {
				return "-"
			}
			return fmt.Sprintf("%g", *p)
		}
		fmt.Printf("%s: %s value=%s low=%s high=%s currency=%q\n", s, n.Qualifier, show(n.Value), show(n.Low), show(n.High), n.Currency)
	}
	// Output:
	// at least 89: at_least value=89 low=89 high=- currency=""
	// between 60 and 400: range value=- low=60 high=400 currency=""
	// hundreds: vague value=- low=200 high=999 currency=""
	// £15.8m: exact value=1.58e+07 low=1.58e+07 high=1.58e+07 currency="gbp"
}
