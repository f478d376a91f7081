// Package langid names the language of a short span of text. It is the only
// package of translint that uses a statistical language model (lingua-go);
// everything else talks to it through the Detector interface, so that tests
// can substitute a Fake.
//
// Models are loaded lazily: a process that never asks for a language never
// loads one. A detector restricted to a set of languages is built once per
// set and shared by every caller (it is safe for concurrent use).
//
// It also reads language codes (Normalize), for every part of the program
// that takes one: the configuration, the engine (the language a document
// declares), the server and the rules. Normalize uses a table of its own
// and loads no model, so that importing the package for it keeps the
// models unloaded.
package langid

import (
	"sort"
	"strings"
	"sync"

	"github.com/pemistahl/lingua-go"
)

// Result is the answer for one span.
type Result struct {
	// Lang is the ISO 639-1 code of the most likely language, "" when the
	// detector cannot tell.
	Lang string
	// Confidence is the top language's probability (0..1) among the
	// candidates; Margin is its lead over the runner-up.
	Confidence, Margin float64
}

// Detector names the language of a span among candidate languages (ISO
// 639-1 codes). Implementations must be safe for concurrent use.
type Detector interface {
	Detect(text string, candidates []string) Result
}

// Shared returns the process-wide lingua-backed detector. Calling Shared
// loads nothing; models are read on the first Detect that needs them.
func Shared() Detector { return shared }

var shared = &linguaDetector{sets: map[string]*lazySet{}}

// linguaDetector keeps one lingua detector per candidate set, each built
// once (sync.Once), in low-accuracy mode (trigram models only): the spans it
// sees are already known to be foreign, it only confirms and names them.
type linguaDetector struct {
	mu   sync.Mutex
	sets map[string]*lazySet
}

// buildMu serialises the building of lingua detectors.
var buildMu sync.Mutex

type lazySet struct {
	once  sync.Once
	langs []lingua.Language
	det   lingua.LanguageDetector
}

func (d *linguaDetector) set(candidates []string) *lazySet {
	langs := Supported(candidates)
	if len(langs) == 0 {
		return nil
	}
	key := strings.Join(langs, ",")
	d.mu.Lock()
	s := d.sets[key]
	if s == nil {
		s = &lazySet{}
		for _, c := range langs {
			s.langs = append(s.langs, lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(c)))
		}
		d.sets[key] = s
	}
	d.mu.Unlock()
	return s
}

// Detect implements Detector.
func (d *linguaDetector) Detect(text string, candidates []string) Result {
	s := d.set(candidates)
	if s == nil {
		return Result{}
	}
	if len(s.langs) == 1 {
		return Result{Lang: code(s.langs[0]), Confidence: 1, Margin: 1}
	}
	s.once.Do(func() {
		// preloading inside the Once makes concurrent callers wait for one load
		// one build at a time: lingua caches each language's model for the
		// process, but two builds at once would each read a shared one
		buildMu.Lock()
		defer buildMu.Unlock()
		s.det = lingua.NewLanguageDetectorBuilder().FromLanguages(s.langs...).WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
	})
	vals := s.det.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return Result{}
	}
	r := Result{Lang: code(vals[0].Language()), Confidence: vals[0].Value(), Margin: vals[0].Value()}
	if len(vals) > 1 {
		r.Margin -= vals[1].Value()
	}
	return r
}

func code(l lingua.Language) string { return strings.ToLower(l.IsoCode639_1().String()) }

// Supported filters codes to the languages the model knows, lower-cased,
// sorted and without duplicates.
func Supported(codes []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		if seen[c] {
			continue
		}
		seen[c] = true
		if lingua.GetIsoCode639_1FromValue(c) != lingua.UnknownIsoCode639_1 {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// Name is the English name of a language code: "Russian" for "ru". Unknown
// codes are returned as given.
func Name(c string) string {
	iso := lingua.GetIsoCode639_1FromValue(strings.ToLower(c))
	if iso == lingua.UnknownIsoCode639_1 {
		if n, ok := extraNames[c]; ok {
			return n
		}
		return c
	}
	n := lingua.GetLanguageFromIsoCode639_1(iso).String()
	if len(n) > 1 {
		n = n[:1] + strings.ToLower(n[1:])
	}
	if n == "Bokmal" {
		n = "Norwegian"
	}
	return n
}

var extraNames = map[string]string{"no": "Norwegian", "sr-latn": "Serbian"}
