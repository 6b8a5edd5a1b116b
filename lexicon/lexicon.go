// Package lexicon holds the English word lists and the measure table that
// factpipe's stages share, so that each exists once: months, weekdays, and
// what each measure of a figure means. It is data with small lookups,
// imports only the standard library, and any package may import it. Every
// lookup takes a lower-case word and is safe for concurrent use.
package lexicon
