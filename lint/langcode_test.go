package lint

import "testing"

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN_gb": "en", "de-AT": "de", "English": "en", " uk ": "uk",
		"zz": "", "12": "", "x": "", "klingon": "", "": "",
	} {
		if got := NormalizeLang(in); got != want {
			t.Errorf("NormalizeLang(%q) = %q, want %q", in, got, want)
		}
	}
}
