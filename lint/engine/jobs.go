package engine

import (
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/corpus"
)

// Job pairs a source with the linter that checks it, for runs where files
// have different settings (per-folder configuration, overrides).
type Job struct {
	Source Source
	Linter *Linter
}

// RunJobs lints every job with its own linter, `workers` at a time, and
// returns one result per job, in order. corpus, when nil and a linter asks
// for one, is built over all the jobs' sources (see BuildCorpus).
func RunJobs(jobs []Job, workers int, corpus lint.Corpus) []FileResult {
	if corpus == nil {
		corpus = BuildCorpus(jobs, workers)
	}
	results := make([]FileResult, len(jobs))
	parallel(workers, len(jobs), func(i int) {
		results[i] = jobs[i].Linter.lintSource(jobs[i].Source, corpus)
	})
	return results
}

// BuildCorpus reads every job's source once to build the corpus of the run;
// it returns nil when there is a single source or no linter uses a corpus.
func BuildCorpus(jobs []Job, workers int) lint.Corpus {
	need := false
	for _, j := range jobs {
		need = need || j.Linter.needsCorpus()
	}
	if len(jobs) < 2 || !need {
		return nil
	}
	b := &runCorpus{Builder: corpus.NewBuilder()}
	parallel(workers, len(jobs), func(i int) {
		data, err := jobs[i].Source.read()
		if err != nil {
			return
		}
		doc, err := jobs[i].Linter.parseRead(jobs[i].Source, data)
		if err != nil {
			return
		}
		buf := keyBufs.Get().(*[]uint64)
		keys, dk := corpus.AppendKeys(doc, (*buf)[:0])
		b.ObserveKeys(keys)
		*buf = keys
		keyBufs.Put(buf)
		b.keep(jobs[i].Linter, doc, dk)
	})
	return b
}

// keyBufs hold the key sets of the corpus pass while they are counted.
var keyBufs = sync.Pool{New: func() any { return new([]uint64) }}
