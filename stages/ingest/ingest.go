// Package ingest turns the bytes of an input file into a doc.Document: it
// validates and decodes the text, blanks out HTML markup without moving any
// offset, rejects text in a language other than English (see foreign), and
// reads the article's metadata (headline, byline, date line, outlet) and its
// page furniture.
//
// Offsets: when the file is valid UTF-8, Document.Text is the file's bytes
// unchanged (a BOM and CRLF line ends included), so every offset is a file
// offset. HTML markup is replaced by spaces of the same byte length. A file
// that is not valid UTF-8 is decoded as Windows-1252, and offsets then index
// the decoded text.
//
// Everything here is a pure function of its arguments: Decode is safe for
// concurrent use and keeps no state between calls.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"factpipe/doc"
)

// Sentinel errors: every error from Decode is a *RejectError that wraps one
// of them, so callers can tell the kinds apart with errors.Is.
var (
	ErrEmpty      = errors.New("ingest: empty file")
	ErrBinary     = errors.New("ingest: binary file")
	ErrNotEnglish = errors.New("ingest: not English")
)

// RejectError says why a file cannot be used. Reason is short and meant for
// people: it goes into the rejects table next to the path.
type RejectError struct {
	Path   string
	Reason string // e.g. "binary file (NUL byte at offset 120)"
	Err    error  // ErrEmpty, ErrBinary or ErrNotEnglish
}

func (e *RejectError) Error() string { return "ingest: " + e.Path + ": " + e.Reason }

// Unwrap returns the sentinel error of the rejection's kind.
func (e *RejectError) Unwrap() error { return e.Err }

// Reason returns the short, human-readable reason of a rejection error from
// Decode, and err.Error() for any other error.
func Reason(err error) string {
	var re *RejectError
	if errors.As(err, &re) {
		return re.Reason
	}
	return err.Error()
}

// maxControlShare is the share of control characters (in percent of all
// characters) from which a file is taken to be binary.
const maxControlShare = 5

// maxHighByteShare is the share of non-ASCII bytes (in percent) that a file
// which is not valid UTF-8 may have: Windows-1252 prose has a few, binary
// data about half.
const maxHighByteShare = 30

// Decode returns the document for the file at path (relative to the input
// directory, slash-separated) with contents raw. The error, a *RejectError,
// says why the file cannot be used: empty or whitespace only, or binary.
// Decode does not keep raw.
func Decode(path string, raw []byte) (*doc.Document, error) {
	reject := func(err error, format string, args ...any) (*doc.Document, error) {
		return nil, &RejectError{Path: path, Reason: fmt.Sprintf(format, args...), Err: err}
	}
	if len(raw) == 0 {
		return reject(ErrEmpty, "empty file")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return reject(ErrBinary, "binary file (NUL byte at offset %d)", i)
	}
	encoding := "utf-8"
	var text string
	if utf8.Valid(raw) {
		text = string(raw)
	} else {
		high := 0
		for _, b := range raw {
			if b >= 0x80 {
				high++
			}
		}
		if share := high * 100 / len(raw); share > maxHighByteShare {
			return reject(ErrBinary, "binary file (not UTF-8, %d%% non-ASCII bytes)", share)
		}
		dec, err := charmap.Windows1252.NewDecoder().Bytes(raw)
		if err != nil {
			return reject(ErrBinary, "undecodable text (%v)", err)
		}
		text, encoding = string(dec), "windows-1252"
	}
	chars, controls, firstControl := 0, 0, -1
	blank := true
	for i, r := range text {
		chars++
		if isControl(r) {
			controls++
			if firstControl < 0 {
				firstControl = i
			}
		} else if blank && !isSpace(r) {
			blank = false
		}
	}
	if controls > 0 && controls*100 >= chars*maxControlShare {
		return reject(ErrBinary, "binary file (%d%% control characters, first at offset %d)", controls*100/chars, firstControl)
	}
	if blank {
		return reject(ErrEmpty, "no text (%d bytes of white space only)", len(raw))
	}

	d := &doc.Document{Path: path, Encoding: encoding, Format: formatOf(path, text)}
	var htmlTitle string
	var htmlFurn []doc.Span
	if d.Format == "html" {
		text, htmlTitle, htmlFurn = stripHTML(text)
	}
	if lang, share, english, words := foreign(text); lang != "" {
		return reject(ErrNotEnglish, "not English: reads as %s (%d%% of %d words are common %s words, %d%% English ones)",
			lang, share, words, lang, english)
	}
	d.Text = text
	d.ID = doc.DocID(text)
	readMeta(d, htmlFurn)
	if d.Title == "" && htmlTitle != "" {
		d.Title = htmlTitle
	}
	return d, nil
}

// formatOf tells "html", "markdown" or "text" from the file name and, for
// HTML saved under another name, from the text itself.
func formatOf(name, text string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "markdown"
	}
	if looksLikeHTML(text) {
		return "html"
	}
	return "text"
}

// looksLikeHTML reports whether text is clearly an HTML document: it starts
// with markup and names the document structure early on.
func looksLikeHTML(text string) bool {
	t := strings.TrimLeftFunc(text, isSpace)
	if !strings.HasPrefix(t, "<") {
		return false
	}
	if len(t) > 2048 {
		t = t[:2048]
	}
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "<!doctype html") || strings.Contains(t, "<html") ||
		strings.Contains(t, "<body") || strings.Contains(t, "<head")
}

// isSpace reports white space, counting the byte-order mark and zero-width
// spaces, which later stages treat as space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// isControl reports characters that do not occur in text: C0 and C1
// controls other than the usual white space, and undecodable bytes.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v', 0x1A: // 0x1A: DOS end-of-file mark
		return false
	case utf8.RuneError:
		return true
	}
	return r < 0x20 || (r >= 0x7F && r < 0xA0)
}
