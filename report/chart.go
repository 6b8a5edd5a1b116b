package report

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"

	"factpipe/tables"
)

// claim is one figure as a chart draws it.
type claim struct {
	id                string
	day               *int32 // nil: undated
	value, low, high  *float64
	qualifier         string
	source, label     string
	text              string // the figure phrase as written
	x, y              float64
	colour            string
	hasPoint, hasSpan bool
}

// palette is the Okabe-Ito palette without black, which the marks use:
// colours that readers with any common colour blindness tell apart. A
// chart's sources beyond these share otherColour.
var palette = []string{"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"}

const otherColour = "#999999"

// The chart's size and margins, in SVG units.
const (
	chartW, chartH    = 680.0, 280.0
	marginL, marginR  = 76.0, 16.0
	marginT, marginB  = 16.0, 46.0
	undatedW          = 96.0 // the column of undated claims, at the right
	plotW             = chartW - marginL - marginR
	plotH             = chartH - marginT - marginB
	jitter            = 7.0 // horizontal gap between claims of one day
	logScaleMinRatio  = 100 // a log scale when the largest value is this many times the smallest
	maxTicks          = 5
	defaultLinearHigh = 10.0
)

// drawChart draws the claims of one quantity over time as SVG: values as
// points (hollow when approximate), ranges and bounds as bars (dashed
// where open-ended or vague), a revision as an arrow from the old claim to
// the new, a dispute as a dashed line between the two claims, labelled. It
// returns the SVG and the legend of sources.
func drawChart(cl []claim, cs []tables.Contradiction, yTitle string) (template.HTML, []legendItem) {
	legend := colourSources(cl)
	xs := newXScale(cl)
	ys := newYScale(cl)
	place(cl, xs, ys)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s">`, chartW, chartH, esc("claims over time: "+yTitle))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#000"/></marker></defs>`)
	ys.axis(&b, yTitle)
	xs.axis(&b)
	for i := range cl {
		drawClaim(&b, &cl[i], ys)
	}
	drawMarks(&b, cl, cs)
	b.WriteString(`</svg>`)
	return template.HTML(b.String()), legend
}

// colourSources gives each source a colour, the sources with the most
// claims first, and returns the legend.
func colourSources(cl []claim) []legendItem {
	n := map[string]int{}
	for _, c := range cl {
		n[c.source]++
	}
	var srcs []string
	for s := range n {
		srcs = append(srcs, s)
	}
	slices.SortFunc(srcs, func(a, b string) int { return cmp.Or(cmp.Compare(n[b], n[a]), strings.Compare(a, b)) })
	colour := map[string]string{}
	var legend []legendItem
	others := 0
	for i, s := range srcs {
		if i < len(palette) {
			colour[s] = palette[i]
			legend = append(legend, legendItem{Colour: palette[i], Source: s, Claims: n[s]})
			continue
		}
		colour[s] = otherColour
		others += n[s]
	}
	if others > 0 {
		legend = append(legend, legendItem{Colour: otherColour, Source: fmt.Sprintf("%d other sources", len(srcs)-len(palette)), Claims: others})
	}
	for i := range cl {
		cl[i].colour = colour[cl[i].source]
	}
	return legend
}

// xScale maps days to x; undated claims go to a column of their own.
type xScale struct {
	lo, hi         int32
	dated, undated bool
	left, right    float64 // of the dated part
	undatedX       float64
}

func newXScale(cl []claim) xScale {
	xs := xScale{left: marginL + jitter*2, right: marginL + plotW - jitter*2}
	for _, c := range cl {
		if c.day == nil {
			xs.undated = true
			continue
		}
		if !xs.dated || *c.day < xs.lo {
			xs.lo = *c.day
		}
		if !xs.dated || *c.day > xs.hi {
			xs.hi = *c.day
		}
		xs.dated = true
	}
	if xs.lo == xs.hi {
		xs.lo, xs.hi = xs.lo-1, xs.hi+1
	}
	if xs.undated {
		xs.undatedX = marginL + plotW - undatedW/2
		if xs.dated {
			xs.right = marginL + plotW - undatedW - jitter*2
		}
	}
	return xs
}

func (xs xScale) x(day *int32) float64 {
	if day == nil {
		return xs.undatedX
	}
	return xs.left + float64(*day-xs.lo)/float64(xs.hi-xs.lo)*(xs.right-xs.left)
}

// ticks returns up to maxTicks days spread over the dated range, each day
// once.
func (xs xScale) ticks() []int32 {
	span := xs.hi - xs.lo
	var ts []int32
	for k := int32(0); k < maxTicks; k++ {
		d := xs.lo + span*k/(maxTicks-1)
		if len(ts) == 0 || ts[len(ts)-1] != d {
			ts = append(ts, d)
		}
	}
	return ts
}

func (xs xScale) axis(b *strings.Builder) {
	base := marginT + plotH
	fmt.Fprintf(b, `<line class="axis" x1="%g" y1="%g" x2="%g" y2="%g"/>`, marginL, base, marginL+plotW, base)
	if xs.dated {
		for _, d := range xs.ticks() {
			x := xs.x(&d)
			fmt.Fprintf(b, `<line class="tick" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/><text class="tl" x="%.1f" y="%g" text-anchor="middle">%s</text>`,
				x, base, x, base+4, x, base+16, dayText(&d))
		}
	}
	if xs.undated {
		if xs.dated {
			sep := marginL + plotW - undatedW
			fmt.Fprintf(b, `<line class="grid" x1="%g" y1="%g" x2="%g" y2="%g"/>`, sep, marginT, sep, base)
		}
		fmt.Fprintf(b, `<text class="tl" x="%g" y="%g" text-anchor="middle">undated</text>`, xs.undatedX, base+16)
	}
	fmt.Fprintf(b, `<text class="at" x="%g" y="%g" text-anchor="middle">date of the claim (day, UTC)</text>`, marginL+plotW/2, chartH-6)
}

// yScale maps values to y, linear from 0 or logarithmic when values span
// logScaleMinRatio or more.
type yScale struct {
	log    bool
	lo, hi float64 // in value units
}

func newYScale(cl []claim) yScale {
	minPos, maxV := math.Inf(1), 0.0
	for _, c := range cl {
		for _, v := range []*float64{c.value, c.low, c.high} {
			if v == nil {
				continue
			}
			maxV = max(maxV, *v)
			if *v > 0 {
				minPos = min(minPos, *v)
			}
		}
	}
	if maxV <= 0 {
		return yScale{lo: 0, hi: defaultLinearHigh}
	}
	if maxV/minPos >= logScaleMinRatio {
		return yScale{log: true, lo: math.Pow(10, math.Floor(math.Log10(minPos))), hi: math.Pow(10, math.Ceil(math.Log10(maxV)))}
	}
	return yScale{lo: 0, hi: niceCeil(maxV * 1.05)}
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func (ys yScale) y(v float64) float64 {
	var t float64
	if ys.log {
		v = max(v, ys.lo)
		t = (math.Log10(v) - math.Log10(ys.lo)) / (math.Log10(ys.hi) - math.Log10(ys.lo))
	} else {
		t = (v - ys.lo) / (ys.hi - ys.lo)
	}
	return marginT + plotH - t*plotH
}

func (ys yScale) ticks() []float64 {
	var ts []float64
	if ys.log {
		for v := ys.lo; v <= ys.hi*1.0001; v *= 10 {
			ts = append(ts, v)
		}
		return ts
	}
	step := ys.hi / maxTicks
	for k := 0; k <= maxTicks; k++ {
		ts = append(ts, step*float64(k))
	}
	return ts
}

func (ys yScale) axis(b *strings.Builder, title string) {
	fmt.Fprintf(b, `<line class="axis" x1="%g" y1="%g" x2="%g" y2="%g"/>`, marginL, marginT, marginL, marginT+plotH)
	for _, v := range ys.ticks() {
		y := ys.y(v)
		fmt.Fprintf(b, `<line class="grid" x1="%g" y1="%.1f" x2="%g" y2="%.1f"/><text class="tl" x="%g" y="%.1f" text-anchor="end">%s</text>`,
			marginL, y, marginL+plotW, y, marginL-6, y+4, formatNumber(roundTick(v)))
	}
	scale := ""
	if ys.log {
		scale = ", log scale"
	}
	fmt.Fprintf(b, `<text class="at" transform="translate(14 %g) rotate(-90)" text-anchor="middle">%s</text>`, marginT+plotH/2, esc(title+scale))
}

// roundTick drops the float noise of a tick value (0.30000000000000004).
func roundTick(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 6, 64), 64)
	return r
}

// place sets each claim's position; claims that fall on one day are spread
// sideways, in their order.
func place(cl []claim, xs xScale, ys yScale) {
	perDay := map[float64][]int{}
	var days []float64
	for i := range cl {
		c := &cl[i]
		x := xs.x(c.day)
		if _, ok := perDay[x]; !ok {
			days = append(days, x)
		}
		perDay[x] = append(perDay[x], i)
		c.hasPoint = c.value != nil
		c.hasSpan = (c.low != nil || c.high != nil) && !(c.low != nil && c.high != nil && *c.low == *c.high && c.value != nil)
		switch {
		case c.value != nil:
			c.y = ys.y(*c.value)
		case c.low != nil && c.high != nil:
			c.y = (ys.y(*c.low) + ys.y(*c.high)) / 2
		case c.low != nil:
			c.y = ys.y(*c.low)
		case c.high != nil:
			c.y = ys.y(*c.high)
		default:
			c.y = marginT + plotH
		}
	}
	for _, x := range days {
		idx := perDay[x]
		for k, i := range idx {
			cl[i].x = x + (float64(k)-float64(len(idx)-1)/2)*jitter
		}
	}
}

// drawClaim draws one claim: its span as a bar, its value as a point.
func drawClaim(b *strings.Builder, c *claim, ys yScale) {
	fmt.Fprintf(b, `<g class="claim" data-figure="%s"><title>%s</title>`, esc(c.id), esc(c.source+": "+c.label+" ("+dayText(c.day)+"), “"+c.text+"”"))
	if c.hasSpan {
		top, bottom := marginT, marginT+plotH
		dash := ""
		if c.high != nil {
			top = ys.y(*c.high)
		}
		if c.low != nil {
			bottom = ys.y(*c.low)
		}
		if c.low == nil || c.high == nil || c.qualifier == "vague" {
			dash = ` stroke-dasharray="3 2"`
		}
		fmt.Fprintf(b, `<line class="span" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"%s/>`, c.x, top, c.x, bottom, c.colour, dash)
		if c.high != nil {
			fmt.Fprintf(b, `<line class="cap" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`, c.x-3, top, c.x+3, top, c.colour)
		}
		if c.low != nil {
			fmt.Fprintf(b, `<line class="cap" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`, c.x-3, bottom, c.x+3, bottom, c.colour)
		}
	}
	if c.hasPoint {
		if c.qualifier == "approx" {
			fmt.Fprintf(b, `<circle class="pt approx" cx="%.1f" cy="%.1f" r="4" stroke="%s"/>`, c.x, c.y, c.colour)
		} else {
			fmt.Fprintf(b, `<circle class="pt" cx="%.1f" cy="%.1f" r="4.5" fill="%s"/>`, c.x, c.y, c.colour)
		}
	}
	b.WriteString(`</g>`)
}

// drawMarks draws the revisions and disputes between claims of the chart.
func drawMarks(b *strings.Builder, cl []claim, cs []tables.Contradiction) {
	at := map[string]*claim{}
	for i := range cl {
		at[cl[i].id] = &cl[i]
	}
	for _, c := range cs {
		if c.FigureA == nil || c.FigureB == nil {
			continue
		}
		a, bb := at[*c.FigureA], at[*c.FigureB]
		if a == nil || bb == nil {
			continue
		}
		label := contraSummary(c.Kind, a.label, bb.label)
		mx, my := (a.x+bb.x)/2, (a.y+bb.y)/2
		// A label right of the middle runs to the left, so that it stays
		// inside the chart.
		anchor, dx := "start", 6.0
		if mx > marginL+plotW/2 {
			anchor, dx = "end", -6
		}
		if c.Kind == "revision" {
			fmt.Fprintf(b, `<g class="mark revision"><title>%s</title><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" marker-end="url(#arrow)"/><text class="ml" x="%.1f" y="%.1f" text-anchor="%s">%s</text></g>`,
				esc("revision: "+label), a.x, a.y, bb.x, bb.y, mx+dx, my-6, anchor, esc("revised "+label))
			continue
		}
		fmt.Fprintf(b, `<g class="mark dispute"><title>%s</title><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/><circle cx="%.1f" cy="%.1f" r="8"/><circle cx="%.1f" cy="%.1f" r="8"/><text class="ml" x="%.1f" y="%.1f" text-anchor="%s">%s</text></g>`,
			esc("dispute: "+label), a.x, a.y, bb.x, bb.y, a.x, a.y, bb.x, bb.y, mx+dx, my+14, anchor, esc("disputed: "+label))
	}
}

// esc escapes text for SVG text and attribute values.
func esc(s string) string { return html.EscapeString(s) }
