package lint

import (
	"path/filepath"
	"strings"
)

// pathLangs are the ISO 639-1 codes recognised in file names.
var pathLangs = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl
		gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl
		ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi zh zu`) {
		pathLangs[c] = true
	}
}

// LangFromPath reads the language of a translated page from the file-name
// convention of static site generators: "index.de.md", "post.pt-br.html".
// It returns "" when the name carries no known ISO 639-1 code.
func LangFromPath(path string) string {
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	i := strings.LastIndexByte(stem, '.')
	if i < 0 {
		return ""
	}
	code := strings.ToLower(stem[i+1:])
	if j := strings.IndexAny(code, "-_"); j >= 0 {
		code = code[:j]
	}
	if pathLangs[code] {
		return code
	}
	return ""
}
