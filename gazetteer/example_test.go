package gazetteer_test

import (
	"fmt"

	"factpipe/gazetteer"
)

func Example() {
	g, err := gazetteer.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := g.Places("Kyiv")[0]
	fmt.Println(p.Name, p.Country, p.Kind, p.Capital)
	if len(g.Places("Makiivka")) == 0 {
		// GeoNames spells it "Makiyivka": fall back to the loose key.
		p = g.PlacesLoose("Makiivka")[0]
		fmt.Println(p.Name, p.Country)
	}
	us, _ := g.Country("the United States")
	ua, _ := g.Demonym("Ukrainians")
	ru, _ := g.CapitalOf("Moscow")
	capital, _ := g.Capital("UA")
	fmt.Println(us, ua, ru, capital)
	name, _ := g.FirstName("Anna")
	fmt.Println(name.Gender, gazetteer.Fold("Makiïvka"))
	// Output:
	// Kyiv UA city true
	// Makiyivka UA
	// US UA RU Kyiv
	// female makiivka
}
