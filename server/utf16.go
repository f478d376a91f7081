package server

import (
	"unicode/utf16"
	"unicode/utf8"
)

// u16Step is the distance in bytes between checkpoints of a u16Index.
const u16Step = 64

// u16Index converts byte offsets of a UTF-8 text into UTF-16 code units, as
// LanguageTool (a Java program) counts offsets: a character outside the
// Basic Multilingual Plane counts 2, an invalid byte 1. Memory is one int
// per u16Step bytes; a lookup walks at most u16Step bytes.
type u16Index struct {
	text  string
	marks []int // marks[i]: code units before byte i*u16Step (or the rune start before it)
	start []int // the rune start each mark was counted to
}

func newU16Index(text string) *u16Index {
	x := &u16Index{text: text}
	units := 0
	next := 0
	for i := 0; i < len(text); {
		for i >= next {
			x.marks = append(x.marks, units)
			x.start = append(x.start, i)
			next += u16Step
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		units += runeUnits(r, size)
		i += size
	}
	x.marks = append(x.marks, units)
	x.start = append(x.start, len(text))
	return x
}

func runeUnits(r rune, size int) int {
	if r == utf8.RuneError && size == 1 {
		return 1
	}
	if n := utf16.RuneLen(r); n > 0 {
		return n
	}
	return 1
}

// at is the number of UTF-16 code units before byte offset off (clamped to
// the text; an offset inside a character counts that character's start).
func (x *u16Index) at(off int) int {
	if off <= 0 {
		return 0
	}
	if off >= len(x.text) {
		return x.marks[len(x.marks)-1]
	}
	m := min(off/u16Step, len(x.marks)-1)
	for x.start[m] > off {
		m--
	}
	units, i := x.marks[m], x.start[m]
	for i < off {
		r, size := utf8.DecodeRuneInString(x.text[i:])
		if i+size > off {
			break
		}
		units += runeUnits(r, size)
		i += size
	}
	return units
}

// u16Len is the length of s in UTF-16 code units.
func u16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeUnits(r, size)
		i += size
	}
	return n
}
