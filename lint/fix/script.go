package fix

import (
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// scriptTables are the scripts whose letters a fix may insert only into a
// document that already has letters of that script.
var scriptTables = func() []*unicode.RangeTable {
	var out []*unicode.RangeTable
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" {
			out = append(out, t)
		}
	}
	return out
}()

// cjkScripts are the scripts whose documents use CJK punctuation.
var cjkScripts = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo}

// cjkPunct is punctuation only CJK text uses: the CJK symbols block (、。「」)
// and the full-width forms (，：！).
func cjkPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF65 || r >= 0xFE30 && r <= 0xFE4F
}

// scriptOf is the script of a letter, nil for anything else.
func scriptOf(r rune) *unicode.RangeTable {
	if r < utf8.RuneSelf || !unicode.IsLetter(r) {
		return nil
	}
	for _, t := range scriptTables {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}

// scripts lists the scripts of a document's letters, built on first use:
// most fixes insert ASCII and never need it.
type scripts struct {
	src  []byte
	seen map[*unicode.RangeTable]bool
}

func (s *scripts) has(t *unicode.RangeTable) bool {
	if s.seen == nil {
		s.seen = map[*unicode.RangeTable]bool{}
		var last *unicode.RangeTable
		for _, r := range string(s.src) {
			if r < utf8.RuneSelf {
				continue
			}
			if last != nil && unicode.Is(last, r) { // runs of one script are common
				continue
			}
			if t := scriptOf(r); t != nil {
				s.seen[t], last = true, t
			}
		}
	}
	return s.seen[t]
}

// foreign reports whether a fix inserts text that does not belong to the
// document: a letter of a script the document has no letter of, or CJK
// punctuation in a document without CJK letters (a repaired "\u3001" must
// not put "、" into English prose).
func foreign(s *scripts, f []lint.Edit) bool {
	for _, e := range f {
		for _, r := range e.New {
			if r < utf8.RuneSelf {
				continue
			}
			if cjkPunct(r) {
				cjk := false
				for _, t := range cjkScripts {
					cjk = cjk || s.has(t)
				}
				if !cjk {
					return true
				}
				continue
			}
			if t := scriptOf(r); t != nil && !s.has(t) {
				return true
			}
		}
	}
	return false
}

// Foreign returns the test Loop uses to leave out a fix whose text is
// foreign to src; it reads src once, on first need.
func Foreign(src []byte) func(fix []lint.Edit) bool {
	s := &scripts{src: src}
	return func(f []lint.Edit) bool { return foreign(s, f) }
}

// Native drops the fixes that insert text foreign to src (see Loop).
func Native(src []byte, fixes [][]lint.Edit) [][]lint.Edit {
	isForeign := Foreign(src)
	out := fixes[:0:0]
	for _, f := range fixes {
		if !isForeign(f) {
			out = append(out, f)
		}
	}
	return out
}
