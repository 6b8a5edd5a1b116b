package report

import (
	_ "embed"
	"html/template"
)

//go:embed page.html
var pageHTML string

// pageTemplate renders a page. html/template escapes every value for the
// context it lands in; the charts and the map are SVG that chart.go and
// worldmap.go escape themselves.
var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"kindLabel": kindLabel,
	"ents": func(title string, items []entityCount) entList {
		return entList{Title: title, Items: items}
	},
}).Parse(pageHTML))

// entList is one kind's table of entities in a section.
type entList struct {
	Title string
	Items []entityCount
}
