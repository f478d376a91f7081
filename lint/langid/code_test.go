package langid

import "testing"

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN_gb": "en", "de-AT": "de", "English": "en", " uk ": "uk",
		"zz": "", "12": "", "x": "", "klingon": "", "": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
