// Package fingerprint identifies findings across runs. The content
// fingerprint ignores line numbers, so inserting or moving lines above a
// finding keeps it; SARIF output and baselines share it.
package fingerprint

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/textkey"
)

// Rel returns path relative to root (the working directory when root is
// empty), slash-separated. A path that cannot be made relative is returned
// cleaned, with slashes.
func Rel(root, path string) string { return RelTo(root)(path) }

// RelTo is Rel for many paths against one root: the working directory is
// read once (filepath.Abs reads it at every call).
func RelTo(root string) func(path string) string {
	if root == "" {
		root = "."
	}
	wd, err := os.Getwd()
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(wd, p)
	}
	absRoot := abs(root)
	return func(path string) string {
		if err != nil {
			return filepath.ToSlash(filepath.Clean(path))
		}
		rel, err := filepath.Rel(absRoot, abs(path))
		if err != nil {
			return filepath.ToSlash(filepath.Clean(path))
		}
		return filepath.ToSlash(rel)
	}
}

// NormalizeExcerpt collapses every run of white space (line breaks
// included) into one space and trims the ends, so that re-wrapping a
// paragraph or changing line endings keeps a finding's identity.
func NormalizeExcerpt(s string) string {
	return strings.Join(strings.Fields(s), " ") // Fields splits at unicode.IsSpace
}

// Content is the content fingerprint of a finding: a hash of the rule, the
// slash-separated path, the normalised excerpt and the occurrence index of
// that (rule, excerpt) pair in the file (0 for the first). No line or
// column enters it. It is SHA-256, not the 64-bit textkey.Hash, because
// baselines store it and match it across runs and files: it must not
// collide, where a corpus key lives for one run.
func Content(rule, path, excerpt string, occurrence int) string {
	h := sha256.New()
	fmt.Fprintf(h, "v1\x00%s\x00%s\x00%s\x00%d", rule, path, NormalizeExcerpt(excerpt), occurrence)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// key is what two findings must share to count as identical occurrences.
// A finding with an empty excerpt (an insertion point) is keyed by its
// source line instead.
func key(d engine.Diagnostic) (rule, excerpt string) {
	ex := NormalizeExcerpt(d.Excerpt)
	if ex == "" {
		ex = "\x00line:" + NormalizeExcerpt(d.SourceLine)
	}
	return d.Rule, ex
}

// File returns the content fingerprint of each diagnostic of one file, in
// order. path is the file's path as written to reports (see Rel); the
// diagnostics must be in document order, as the engine returns them.
func File(path string, diags []engine.Diagnostic) []string {
	out := make([]string, len(diags))
	seen := map[[2]string]int{}
	for i, d := range diags {
		rule, ex := key(d)
		k := [2]string{rule, ex}
		out[i] = Content(rule, path, ex, seen[k])
		seen[k]++
	}
	return out
}

// LineHashes returns, for each diagnostic of one file, a
// primaryLocationLineHash in the "HASH:N" form code scanning uses: a hash of
// the rule and the start line's text (white space normalised; the 64-bit
// FNV-1a of textkey.Hash, on the line as written, not folded as a corpus
// key is), and the 1-based count of earlier diagnostics with the same hash.
func LineHashes(diags []engine.Diagnostic) []string {
	out := make([]string, len(diags))
	seen := map[uint64]int{}
	// A line is hashed once per rule: a minified page is one long line
	// with every finding on it.
	type ruleLine struct {
		rule string
		line int
	}
	sums := map[ruleLine]uint64{}
	for i, d := range diags {
		k := ruleLine{d.Rule, d.Start.Line}
		sum, ok := sums[k]
		if !ok {
			sum = textkey.Hash(d.Rule + "\x00" + NormalizeExcerpt(d.SourceLine))
			sums[k] = sum
		}
		seen[sum]++
		out[i] = fmt.Sprintf("%016x:%d", sum, seen[sum])
	}
	return out
}
