// Command worldgen turns the Natural Earth country shapes of the npm
// package world-atlas (TopoJSON, 1:110m) into report/data/world.tsv, the
// map the report embeds: one line per country, "id<TAB>name<TAB>path",
// where path is SVG path data in the report's equirectangular projection
// (x = (lon+180)*2, y = (90-lat)*2: half a degree per unit, 720 by 360),
// rounded to whole units, with points that round onto the one before
// dropped and rings that round to fewer than three points left out.
//
//	go run ./report/worldgen -in node_modules/world-atlas/countries-110m.json -out report/data/world.tsv
//
// Run it through run.sh (make worldmap), which installs the pinned
// package. The output is deterministic.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// topology is the part of a TopoJSON file worldgen reads.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

type point struct{ x, y int }

func main() {
	in := flag.String("in", "", "countries-110m.json of world-atlas")
	out := flag.String("out", "report/data/world.tsv", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "worldgen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return err
	}
	arcs := decodeArcs(t)
	geoms := slices.Clone(t.Objects.Countries.Geometries)
	slices.SortFunc(geoms, func(a, b geometry) int {
		return cmp.Or(cmp.Compare(a.Properties.Name, b.Properties.Name), cmp.Compare(a.ID, b.ID))
	})
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, g := range geoms {
		polys, err := polygons(g)
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", g.Properties.Name, err)
		}
		path := pathData(polys, arcs)
		if path == "" {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", g.ID, g.Properties.Name, path)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// decodeArcs undoes the quantisation and delta coding of the arcs and
// projects them.
func decodeArcs(t topology) [][]point {
	arcs := make([][]point, len(t.Arcs))
	for i, a := range t.Arcs {
		var qx, qy float64
		for _, d := range a {
			qx += d[0]
			qy += d[1]
			lon := qx*t.Transform.Scale[0] + t.Transform.Translate[0]
			lat := qy*t.Transform.Scale[1] + t.Transform.Translate[1]
			arcs[i] = append(arcs[i], point{int(math.Round((lon + 180) * 2)), int(math.Round((90 - lat) * 2))})
		}
	}
	return arcs
}

// polygons returns the rings of a Polygon or MultiPolygon as lists of arc
// indexes (a negative index ~i is arc i reversed).
func polygons(g geometry) ([][][]int, error) {
	switch g.Type {
	case "Polygon":
		var p [][]int
		err := json.Unmarshal(g.Arcs, &p)
		return [][][]int{p}, err
	case "MultiPolygon":
		var mp [][][]int
		err := json.Unmarshal(g.Arcs, &mp)
		return mp, err
	}
	return nil, nil
}

// pathData joins the arcs of every ring into SVG path data of relative
// moves. A ring that crosses the antimeridian is unwrapped into one
// continuous ring that runs off an edge of the map, and drawn twice, a
// map's width apart, so that each half shows at its own edge.
func pathData(polys [][][]int, arcs [][]point) string {
	var b strings.Builder
	for _, poly := range polys {
		for _, ring := range poly {
			pts := ringPoints(ring, arcs)
			if len(pts) < 3 {
				continue
			}
			if unwrap(pts) {
				writeRing(&b, pts, 0)
				writeRing(&b, pts, -mapWidth)
				continue
			}
			writeRing(&b, pts, 0)
		}
	}
	return b.String()
}

// mapWidth is the width of the projected map: 360 degrees, two units each.
const mapWidth = 720

// unwrap moves the points after each jump across the antimeridian by a
// map's width so that the ring is continuous, and reports whether it moved
// any.
func unwrap(pts []point) bool {
	moved := false
	shift := 0
	for i := 1; i < len(pts); i++ {
		pts[i].x += shift
		switch d := pts[i].x - pts[i-1].x; {
		case d > mapWidth/2:
			shift -= mapWidth
			pts[i].x -= mapWidth
			moved = true
		case d < -mapWidth/2:
			shift += mapWidth
			pts[i].x += mapWidth
			moved = true
		}
	}
	return moved
}

// writeRing writes one closed ring, moved dx to the right, as a move to
// its first point and relative lines to the others.
func writeRing(b *strings.Builder, pts []point, dx int) {
	b.WriteByte('M')
	b.WriteString(strconv.Itoa(pts[0].x + dx))
	b.WriteByte(' ')
	b.WriteString(strconv.Itoa(pts[0].y))
	b.WriteByte('l')
	for i := 1; i < len(pts); i++ {
		x, y := pts[i].x-pts[i-1].x, pts[i].y-pts[i-1].y
		if i > 1 && x >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(x))
		if y >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(y))
	}
	b.WriteByte('z')
}

func ringPoints(ring []int, arcs [][]point) []point {
	var pts []point
	for _, ai := range ring {
		var a []point
		if ai < 0 {
			a = slices.Clone(arcs[^ai])
			slices.Reverse(a)
		} else {
			a = arcs[ai]
		}
		for _, p := range a {
			if len(pts) > 0 && pts[len(pts)-1] == p {
				continue
			}
			pts = append(pts, p)
		}
	}
	if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	return pts
}
