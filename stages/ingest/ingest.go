// Package ingest turns the bytes of an input file into a doc.Document:
// it validates and decodes the text and reads the article's metadata.
package ingest

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"factpipe/doc"
)

// ErrEmpty is returned for a file with no text.
var ErrEmpty = errors.New("ingest: empty file")

// Decode returns the document for the file at path (relative to the input
// directory) with contents raw. An error says why the file cannot be used.
func Decode(path string, raw []byte) (*doc.Document, error) {
	if len(raw) == 0 {
		return nil, ErrEmpty
	}
	if !utf8.Valid(raw) {
		return nil, fmt.Errorf("ingest: %s: not valid UTF-8", path)
	}
	text := string(raw)
	return &doc.Document{ID: doc.DocID(text), Path: path, Text: text, Encoding: "utf-8", Format: "text"}, nil
}
