package langid

import "strings"

// Normalize turns "en-US", "EN_gb" or "English" into "en"; a code that
// names no language ("zz", "12") is "".
func Normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if code, ok := langNames[s]; ok {
		return code
	}
	if len(s) == 2 && iso6391[s] {
		return s
	}
	return ""
}

// iso6391 holds the two-letter codes of ISO 639-1. A table of our own, not
// golang.org/x/text/language: that package builds its tables at program
// start, and only this check needed it.
var iso6391 = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik in io is it iu iw ja ji jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li " +
		"ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi " +
		"pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk " +
		"tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

var langNames = map[string]string{
	"english": "en", "german": "de", "french": "fr", "spanish": "es", "russian": "ru",
	"ukrainian": "uk", "chinese": "zh", "italian": "it", "portuguese": "pt", "polish": "pl",
	"japanese": "ja", "korean": "ko", "arabic": "ar", "dutch": "nl", "turkish": "tr",
}
