package langid

import (
	"sync"
	"testing"
)

func TestSharedNamesLanguages(t *testing.T) {
	cyr := []string{"ru", "uk", "be", "bg", "sr", "mk"}
	lat := []string{"en", "sk", "cs", "pl", "de", "fr", "es", "it", "pt"}
	cases := []struct {
		text  string
		cands []string
		want  string
	}{
		{"мы долго ждали автобус у старого рынка", cyr, "ru"},
		{"Ми чекали на поїзд майже дві години", cyr, "uk"},
		{"Я хочу отримувати листи від редакції щотижня", cyr, "uk"},
		{"Ремонт квартир быстро и недорого", cyr, "ru"},
		{"Na námestí stojí starý dôstojný kostol", lat, "sk"},
		{"nous ne savons pas encore ce qui va se passer", lat, "fr"},
		{"das ist nicht das Ende der Geschichte", lat, "de"},
		{"the minister said on Tuesday that talks would continue", lat, "en"},
	}
	for _, c := range cases {
		r := Shared().Detect(c.text, c.cands)
		if r.Lang != c.want {
			t.Errorf("Detect(%q) = %+v, want %s", c.text, r, c.want)
		}
		if r.Margin < 0 || r.Margin > r.Confidence || r.Confidence > 1 {
			t.Errorf("Detect(%q): inconsistent %+v", c.text, r)
		}
	}
}

func TestSingleCandidateNeedsNoModel(t *testing.T) {
	r := Shared().Detect("anything", []string{"el", "xx"})
	if r.Lang != "el" || r.Confidence != 1 {
		t.Errorf("got %+v", r)
	}
	if r := Shared().Detect("anything", []string{"xx"}); r.Lang != "" {
		t.Errorf("unknown candidates: got %+v", r)
	}
}

func TestSharedConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := Shared().Detect("В результате аварии пострадали три человека", []string{"uk", "ru", "bg"}); r.Lang != "ru" {
				t.Errorf("got %+v", r)
			}
		}()
	}
	wg.Wait()
}

func TestName(t *testing.T) {
	for c, want := range map[string]string{"ru": "Russian", "uk": "Ukrainian", "sk": "Slovak", "nb": "Norwegian", "zz": "zz"} {
		if got := Name(c); got != want {
			t.Errorf("Name(%q) = %q, want %q", c, got, want)
		}
	}
}

func TestFakeCounts(t *testing.T) {
	f := &Fake{Func: func(string, []string) Result { return Result{Lang: "de", Confidence: 1, Margin: 1} }}
	var d Detector = f
	if d.Detect("x", nil).Lang != "de" || f.Calls() != 1 {
		t.Errorf("fake: calls=%d", f.Calls())
	}
}

func BenchmarkDetectCyrillic(b *testing.B) {
	cands := []string{"ru", "uk", "be", "bg", "sr", "mk"}
	Shared().Detect("прогрев", cands)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Shared().Detect("По словам официального представителя, переговоры продолжатся", cands)
	}
}

func BenchmarkDetectLatin(b *testing.B) {
	cands := []string{"en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk"}
	Shared().Detect("warm up", cands)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Shared().Detect("nous ne savons pas encore ce qui va se passer demain", cands)
	}
}
