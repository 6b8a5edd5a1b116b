// Package doc holds the types that every stage of factpipe shares: the
// document with its sentences and tokens, the per-document results (entity
// mentions and figures) and their digests (what reconciliation reads of
// them, all a run keeps in memory), and the run-wide results of
// reconciliation (entities, quantities, contradictions).
//
// It is a leaf package: it imports nothing from factpipe, and stages import
// it, never each other.
//
// Offsets: every Start/End pair is a half-open byte range into
// Document.Text. When the input file is valid UTF-8 (a BOM and CRLF line
// ends included), Document.Text is the file's bytes unchanged, so offsets
// are byte offsets into the file as well.
package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Document is one article. Ingest fills the text and metadata, tokenize
// fills Sentences and Tokens.
type Document struct {
	ID       string // content hash of Text, see DocID
	Path     string // relative to the input directory, slash-separated
	Text     string // the text offsets index into
	Encoding string // encoding the file was decoded from: "utf-8", "windows-1252", ...
	Format   string // "text", "markdown" or "html"

	Title     string    // headline, "" when none found
	Outlet    string    // publisher, "" when unknown
	Author    string    // byline, "" when unknown
	Published time.Time // from the article's own date line, with its time of day and zone when the line gives them (UTC when it names no zone); zero when unknown

	// Furniture lists the byte ranges that are page furniture rather than
	// content: bylines, date lines, captions, photo credits, footers. Later
	// stages extract nothing from them.
	Furniture []Span

	Sentences []Sentence
	Tokens    []Token
	// Case is how the text is written: as usual, or all in capitals or
	// all in lower case, where capitals tell nothing of names; tokenize
	// sets it.
	Case TextCase

	// Syntax holds the parse of the sentences that later stages read
	// (those with a figure or a claim in view), in sentence order; the
	// syntax stage fills it. Other sentences are not parsed: read it
	// through SyntaxOf.
	Syntax []Syntax
}

// SyntaxOf returns the parse of sentence i, or the zero Syntax (no words)
// when it was not parsed.
func (d *Document) SyntaxOf(i int) Syntax {
	lo, hi := 0, len(d.Syntax)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Syntax[mid].Sentence < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Syntax) && d.Syntax[lo].Sentence == i {
		return d.Syntax[lo]
	}
	return Syntax{}
}

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}

// Token is a word, number or punctuation mark.
type Token struct {
	Text       string // == Document.Text[Start:End]
	Start, End int
}

// TextCase tells how a text uses capital letters.
type TextCase uint8

const (
	MixedCase TextCase = iota // as usual: capitals start sentences and names
	UpperCase                 // all in capitals, as wire archives are
	LowerCase                 // without capitals, as transcripts and chat often are
)

// SentenceKind tells a body sentence from a headline or other short block.
type SentenceKind uint8

const (
	Body      SentenceKind = iota // running text
	Headline                      // a title or subheading: a line of its own without final punctuation
	Furniture                     // byline, caption, credit, footer: not content
)

// Sentence is a run of tokens. Tokens[First:Last] are its tokens.
type Sentence struct {
	Start, End  int // byte range of the sentence text
	First, Last int // token index range into Document.Tokens
	Kind        SentenceKind
}

// SentenceText returns the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// DocID is the document ID of a text: the first 16 hex digits of its SHA-256.
// The same text has the same ID in every run and on every machine.
func DocID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// HashID derives a stable 16-hex-digit ID from parts, for entities, figures
// and contradictions. Parts are separated so that ("ab","c") != ("a","bc").
func HashID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Info is what the run keeps of a document once its text is processed: the
// text itself is not kept, so memory stays bounded by the number of facts.
type Info struct {
	ID        string
	Path      string
	Encoding  string
	Format    string
	Title     string
	Outlet    string
	Author    string
	Published time.Time
	Sentences int
	Tokens    int
	Bytes     int
}

// InfoOf returns the Info of d.
func InfoOf(d *Document) Info {
	return Info{
		ID: d.ID, Path: d.Path, Encoding: d.Encoding, Format: d.Format,
		Title: d.Title, Outlet: d.Outlet, Author: d.Author, Published: d.Published,
		Sentences: len(d.Sentences), Tokens: len(d.Tokens), Bytes: len(d.Text),
	}
}

// Result is everything extracted from one document: the input of
// reconciliation.
type Result struct {
	Doc      Info
	Mentions []Mention
	Figures  []Figure
	Events   []Event
	Keywords []Keyword // the document's content words, most used first (see stories.Keywords)
}

// Reject records an input file that was not processed, and why.
type Reject struct {
	Path   string
	Reason string
}
