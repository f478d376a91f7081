// Package baseline records the findings of a run so that later runs report
// only new ones. A finding is identified by its content fingerprint (rule,
// path, normalised excerpt and occurrence among identical ones; see package
// fingerprint), never by its line, so inserting or moving text above an old
// finding does not bring it back.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"

	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fingerprint"
)

// Version is the baseline file format version.
const Version = 1

// Entry is one recorded finding. Only Fingerprint is matched; Rule, Path
// and Excerpt make the file readable in reviews.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Excerpt     string `json:"excerpt"`
}

// Baseline is the content of a baseline file.
type Baseline struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// each calls f for every diagnostic of results with its content
// fingerprint; paths are made relative to root (the working directory when
// empty), as in the reports.
func each(results []engine.FileResult, root string, f func(res, i int, e Entry)) {
	relPath := fingerprint.RelTo(root)
	for ri, res := range results {
		path := relPath(res.Path)
		fps := fingerprint.File(path, res.Diagnostics)
		for i, d := range res.Diagnostics {
			f(ri, i, Entry{Fingerprint: fps[i], Rule: d.Rule, Path: path, Excerpt: fingerprint.NormalizeExcerpt(d.Excerpt)})
		}
	}
}

// FromResults records every finding of a run.
func FromResults(results []engine.FileResult, root string) *Baseline {
	b := &Baseline{Version: Version, Findings: []Entry{}}
	each(results, root, func(_, _ int, e Entry) { b.Findings = append(b.Findings, e) })
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Marshal encodes the baseline as indented JSON, one entry per finding.
func (b *Baseline) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteFile writes the baseline to path.
func (b *Baseline) WriteFile(path string) error {
	data, err := b.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fileError(path, err)
	}
	return nil
}

// fileError is "path: reason", without the operation Go's errors name.
func fileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %v", path, err)
}

// ReadFile reads a baseline file.
func ReadFile(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline file: %v", path, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", path, b.Version, Version)
	}
	return &b, nil
}

// Filter returns the results without the findings the baseline records,
// and how many it dropped. The input is not modified.
func (b *Baseline) Filter(results []engine.FileResult, root string) ([]engine.FileResult, int) {
	out, o := b.Apply(results, root)
	return out, o.Hidden
}

// Outcome is what applying a baseline did.
type Outcome struct {
	// Hidden is the number of findings the baseline dropped.
	Hidden int
	// Stale are the entries for the files of the run that matched no
	// finding: fixed since, or changed beyond recognition. Entries for files
	// the run did not lint are not stale.
	Stale []Entry
}

// Apply is Filter, with the outcome.
func (b *Baseline) Apply(results []engine.FileResult, root string) ([]engine.FileResult, Outcome) {
	known := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	out := make([]engine.FileResult, len(results))
	copy(out, results)
	for i := range out {
		out[i].Diagnostics = nil
	}
	var o Outcome
	used := map[string]bool{}
	each(results, root, func(ri, i int, e Entry) {
		if known[e.Fingerprint] {
			o.Hidden++
			used[e.Fingerprint] = true
			return
		}
		out[ri].Diagnostics = append(out[ri].Diagnostics, results[ri].Diagnostics[i])
	})
	linted := map[string]bool{}
	relPath := fingerprint.RelTo(root)
	for _, r := range results {
		if r.Err == nil {
			linted[relPath(r.Path)] = true
		}
	}
	for _, e := range b.Findings {
		if linted[e.Path] && !used[e.Fingerprint] {
			o.Stale = append(o.Stale, e)
		}
	}
	return out, o
}
