package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Variants of one name that translit.VariantKey does not fold together: marks kept
// in part, case endings, Russian е and ё, and a k for the h or g of г and х.

// marksWithin reports whether the marked spelling full carries every mark
// of part: letter by letter they agree but where part has a plain letter
// ("Kedziołek" within "Kędziołek"). Both are one name in NFC, folded alike.
func marksWithin(part, full string) bool {
	for part != "" && full != "" {
		p, np := utf8.DecodeRuneInString(part)
		f, nf := utf8.DecodeRuneInString(full)
		part, full = part[np:], full[nf:]
		if p = unicode.ToLower(p); p == unicode.ToLower(f) {
			continue
		}
		if p >= utf8.RuneSelf {
			return false // a mark of part that full lacks or changes
		}
	}
	return part == "" && full == ""
}

// ogonekEnding reports whether two spellings of one folded name differ in
// their last letter by an ogonek, a case ending in Polish and Lithuanian
// ("Wałęsa" and "Wałęsą"), not a lost diacritic. Other marks on a last
// letter are dropped like any other ("Ryūtarō", "Ryutaro").
func ogonekEnding(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeLastRuneInString(b)
	if ra = unicode.ToLower(ra); ra == unicode.ToLower(rb) {
		return false
	}
	return strings.ContainsRune(norm.NFD.String(string(ra)+string(rb)), '\u0328')
}

// softKey maps a key (translit.VariantKey) to one on which the romanisations of
// Russian е and ё agree: "ie" at the start is "e" ("Yevtushenko",
// "Evtushenko") and "io" between consonants is "e" ("Fyodorov", "Fedorov";
// "Gorbachyov", "Gorbachev"). A key without either is returned as it is.
func softKey(k string) string {
	if !strings.HasPrefix(k, "ie") && !strings.Contains(k, "io") {
		return k
	}
	b := []byte(k)
	if strings.HasPrefix(k, "ie") {
		b = b[1:]
	}
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 'i' && i > 0 && i+2 < len(b) && b[i+1] == 'o' && !isVowel(b[i-1]) && !isVowel(b[i+2]) {
			out = append(out, 'e')
			i++
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// velarKey is a key (translit.VariantKey) with each inner k written h: Cyrillic г
// and х are romanised g, h or kh, and drift to k, the sound next to them.
// Keys one such letter apart share it; oneVelar decides.
func velarKey(k string) string {
	if len(k) < 3 || !strings.Contains(k[1:len(k)-1], "k") {
		return k
	}
	b := []byte(k)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == 'k' {
			b[i] = 'h'
		}
	}
	return string(b)
}

// oneVelar reports whether two keys differ in one inner letter only, k in
// one and h in the other ("Zahorivka", "Zakorivka").
func oneVelar(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := oneDiff(a, b)
	if diff <= 0 || diff == len(a)-1 {
		return false
	}
	return a[diff] == 'k' && b[diff] == 'h' || a[diff] == 'h' && b[diff] == 'k'
}
