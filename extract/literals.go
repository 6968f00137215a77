package extract

import "strings"

// literalSet finds which of a few dozen literals (compared byte for byte)
// occur in a text in one pass over it. A bitset of the literals' first
// three bytes rules out almost every position before any comparison,
// which makes the pass several times cheaper than a strings.Contains per
// literal. Three bytes, because common word openings ("th", "re", "co")
// would pass a test of two.
type literalSet struct {
	lits    []string
	triples [1 << 16 / 64]uint64 // bit tripleKey(b0, b1, b2) set: some literal opens with them
	byByte  [256][]uint8         // indices of the literals by their first byte
}

// newLiteralSet indexes lits, which must number at most 64 and be at
// least three bytes long.
func newLiteralSet(lits []string) *literalSet {
	if len(lits) > 64 {
		panic("extract: more than 64 literals in a set")
	}
	ls := &literalSet{lits: lits}
	for i, l := range lits {
		if len(l) < 3 {
			panic("extract: literal " + l + " is shorter than three bytes")
		}
		h := tripleKey(l[0], l[1], l[2])
		ls.triples[h/64] |= 1 << (h % 64)
		ls.byByte[l[0]] = append(ls.byByte[l[0]], uint8(i))
	}
	return ls
}

// tripleKey hashes three bytes to 16 bits (multiplicatively: the high
// bits of the product mix all three).
func tripleKey(a, b, c byte) uint16 {
	return uint16((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> 16)
}

// candidate reports whether a literal may open at s[i], where i+2 < len(s).
func (ls *literalSet) candidate(s string, i int) bool {
	h := tripleKey(s[i], s[i+1], s[i+2])
	return ls.triples[h/64]&(1<<(h%64)) != 0
}

// any reports whether s contains one of the literals.
func (ls *literalSet) any(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !ls.candidate(s, i) {
			continue
		}
		for _, id := range ls.byByte[s[i]] {
			if strings.HasPrefix(s[i:], ls.lits[id]) {
				return true
			}
		}
	}
	return false
}

// present returns the literals s contains, as a bit set of their indices.
func (ls *literalSet) present(s string) uint64 {
	var has uint64
	for i := 0; i+2 < len(s); i++ {
		if !ls.candidate(s, i) {
			continue
		}
		for _, id := range ls.byByte[s[i]] {
			if has&(1<<id) == 0 && strings.HasPrefix(s[i:], ls.lits[id]) {
				has |= 1 << id
			}
		}
	}
	return has
}

// wordFilter is a set of words hashed into 64K bits, to skip the map
// lookup of a word that no map holds: a clear bit means the word was
// never added; a set bit, that it may have been.
type wordFilter [1 << 16 / 64]uint64

// wordBit hashes a word to a bit of a wordFilter (FNV-1a, folded to 16
// bits).
func wordBit[T string | []byte](w T) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return uint16(h ^ h>>16)
}

// add puts w in the set.
func (f *wordFilter) add(w string) {
	b := wordBit(w)
	f[b/64] |= 1 << (b % 64)
}

// mayHave reports whether w may have been added; false means it was not.
func (f *wordFilter) mayHave(w string) bool {
	b := wordBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// mayHaveBytes is mayHave for a word in a buffer.
func (f *wordFilter) mayHaveBytes(w []byte) bool {
	b := wordBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}
