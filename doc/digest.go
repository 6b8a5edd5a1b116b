package doc

import (
	"cmp"
	"slices"
)

// Name is a name as documents write it: the part of a mention that
// reconciliation reads. Mentions with equal Kind, Text, Title and Ref have
// one Name.
type Name struct {
	Kind  Kind
	Text  string
	Title string
	Ref   string
}

// NameCount is one distinct name a document mentions, and how often. The
// Name may be shared with the digests of other documents, and must not be
// modified.
type NameCount struct {
	*Name
	Count int // number of mentions
}

// Digest is what reconciliation reads of one document's Result: its Info,
// the distinct names it mentions instead of every mention, and its
// figures, whose SentenceText may be left out (see reconcile.Digest). A
// run keeps a Digest of every document in memory, and each Result only on
// disk.
type Digest struct {
	Doc      Info
	Names    []NameCount // NamesOf the Result's mentions
	Figures  []Figure    // the Result's figures, in its order
	Events   []Event     // the Result's events, in its order
	Keywords []Keyword   // the Result's keywords
}

// Attribution is a figure's subject and claimant as reconciliation
// resolved them to canonical names.
type Attribution struct {
	Subject  string
	Claimant string
}

// NamesOf returns the distinct names of mentions with their counts,
// sorted by Kind, Text, Title and Ref. The same mentions in any order give
// the same names.
func NamesOf(mentions []Mention) []NameCount {
	if len(mentions) == 0 {
		return nil
	}
	at := make(map[Name]int, len(mentions))
	var names []NameCount
	for _, m := range mentions {
		n := Name{Kind: m.Kind, Text: m.Text, Title: m.Title, Ref: m.Ref}
		if i, ok := at[n]; ok {
			names[i].Count++
			continue
		}
		at[n] = len(names)
		names = append(names, NameCount{Name: &n, Count: 1})
	}
	slices.SortFunc(names, func(a, b NameCount) int { return compareNames(*a.Name, *b.Name) })
	return names
}

// NameIndex returns the index in names (sorted as NamesOf sorts them) of
// the name of m, or -1 when names does not hold it.
func NameIndex(names []NameCount, m Mention) int {
	i, ok := slices.BinarySearchFunc(names, Name{Kind: m.Kind, Text: m.Text, Title: m.Title, Ref: m.Ref},
		func(a NameCount, b Name) int { return compareNames(*a.Name, b) })
	if !ok {
		return -1
	}
	return i
}

func compareNames(a, b Name) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Text, b.Text), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Ref, b.Ref))
}

// MentionEntities returns the entity ID of each of mentions, given the
// entity ID of each name of NamesOf(mentions) (a Reconciled.NameEntity
// row); "" for a mention whose name has none.
func MentionEntities(mentions []Mention, nameEntity []string) []string {
	names := NamesOf(mentions)
	ids := make([]string, len(mentions))
	for i, m := range mentions {
		if j := NameIndex(names, m); j >= 0 && j < len(nameEntity) {
			ids[i] = nameEntity[j]
		}
	}
	return ids
}
