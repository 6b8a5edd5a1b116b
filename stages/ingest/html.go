package ingest

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"

	"factpipe/doc"
)

// stripHTML returns src with all markup blanked out, byte for byte, so that
// every offset into the result is an offset into src: tags, comments,
// doctypes and the contents of non-content elements (script, style, head,
// ...) become spaces, newlines inside them are kept, and block-level tags
// start with a line break (a blank line for paragraph-level ones) so that
// paragraphs and headings end up on lines of their own. Character references
// are decoded in place and padded with spaces ("&amp;" -> "&    ").
// It also returns the text of the <title> element, and the byte ranges of
// the text inside figure captions, asides and page footers, which are page
// furniture.
//
// It uses the tokenizer of golang.org/x/net/html, whose tokens' raw bytes
// cover the input without gaps, so markup with '>' inside quoted attribute
// values, unclosed comments and the like are handled as a browser would.
func stripHTML(src string) (text, title string, furn []doc.Span) {
	out := []byte(src)
	z := xhtml.NewTokenizer(strings.NewReader(src))
	off := 0
	hidden := 0 // depth inside elements whose text is not content
	aside := 0  // depth inside captions, asides and footers
	inTitle := false
	var titleText strings.Builder
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		n := len(z.Raw())
		if off+n > len(out) { // cannot happen: raw tokens tile the input
			break
		}
		seg := out[off : off+n]
		switch tt {
		case xhtml.TextToken:
			if hidden > 0 || inTitle {
				if inTitle {
					titleText.Write(seg)
				}
				blank(seg)
			} else {
				decodeEntities(seg)
				if aside > 0 {
					furn = append(furn, doc.Span{Start: off, End: off + n})
				}
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if hiddenElement(tag) && tt != xhtml.SelfClosingTagToken {
				if tt == xhtml.StartTagToken {
					hidden++
				} else if hidden > 0 {
					hidden--
				}
			}
			if furnitureElement(tag) && tt != xhtml.SelfClosingTagToken {
				if tt == xhtml.StartTagToken {
					aside++
				} else if aside > 0 {
					aside--
				}
			}
			if tag == "title" && tt != xhtml.SelfClosingTagToken {
				inTitle = tt == xhtml.StartTagToken
			}
			blank(seg)
			switch breaks := blockBreaks(tag); {
			case breaks >= 2 && len(seg) >= 2:
				seg[0], seg[1] = '\n', '\n'
			case breaks >= 1:
				seg[0] = '\n'
			}
		default: // comments, doctypes
			blank(seg)
		}
		off += n
	}
	title = strings.Join(strings.Fields(html.UnescapeString(titleText.String())), " ")
	return string(out), title, furn
}

// blank overwrites seg with spaces, keeping its line breaks.
func blank(seg []byte) {
	for i, c := range seg {
		if c != '\n' && c != '\r' {
			seg[i] = ' '
		}
	}
}

// decodeEntities replaces each character reference in seg ("&amp;",
// "&#8217;", "&nbsp;") by the UTF-8 of its character padded with spaces to
// the reference's length. A reference whose character would be longer than
// the reference itself is left alone.
func decodeEntities(seg []byte) {
	for i := 0; i < len(seg); i++ {
		if seg[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(seg) && j-i <= 32 && seg[j] != ';' && seg[j] != '&' && seg[j] > ' ' {
			j++
		}
		if j >= len(seg) || seg[j] != ';' {
			continue
		}
		ref := string(seg[i : j+1])
		dec := html.UnescapeString(ref)
		if dec == ref || len(dec) > len(ref) {
			continue
		}
		n := copy(seg[i:], dec)
		for k := i + n; k <= j; k++ {
			seg[k] = ' '
		}
		i = j
	}
}

// hiddenElement reports elements whose text is not article content.
func hiddenElement(tag string) bool {
	switch tag {
	case "script", "style", "head", "noscript", "template", "svg", "math", "iframe", "object",
		"nav", "button", "select", "form":
		return true
	}
	return false
}

// furnitureElement reports elements whose text is page furniture.
func furnitureElement(tag string) bool {
	switch tag {
	case "figcaption", "aside", "footer":
		return true
	}
	return false
}

// blockBreaks is the number of line breaks a block-level tag stands for:
// 2 (a paragraph break) for paragraphs, headings and sections, 1 for line
// breaks, list items and table cells, 0 for inline tags.
func blockBreaks(tag string) int {
	switch tag {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "header", "footer",
		"aside", "main", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption",
		"hr", "title", "body", "html", "address", "details", "summary", "caption":
		return 2
	case "br", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option":
		return 1
	}
	return 0
}
