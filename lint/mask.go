package lint

import "regexp"

// Mask replaces text[start:end] with spaces, keeping line breaks, so that
// offsets never move.
func Mask(text []byte, start, end int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for i := start; i < end; i++ {
		if text[i] != '\n' && text[i] != '\r' {
			text[i] = ' '
		}
	}
}

var (
	reURL   = regexp.MustCompile(`(?i)\b(?:https?://|ftp://|www\.)[^\s<>"'\x60]+[^\s<>"'\x60.,;:!?)\]}»”]`)
	reEmail = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
)

// maskURLs masks web addresses and e-mail addresses in prose.
func maskURLs(text []byte) {
	for _, re := range []*regexp.Regexp{reURL, reEmail} {
		for _, m := range re.FindAllIndex(text, -1) {
			Mask(text, m[0], m[1])
		}
	}
}
