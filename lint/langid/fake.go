package langid

import "sync/atomic"

// Fake is a Detector for tests: it answers with Func (or an empty Result)
// and counts its calls.
type Fake struct {
	Func  func(text string, candidates []string) Result
	calls atomic.Int64
}

// Detect implements Detector.
func (f *Fake) Detect(text string, candidates []string) Result {
	f.calls.Add(1)
	if f.Func == nil {
		return Result{}
	}
	return f.Func(text, candidates)
}

// Calls is the number of Detect calls so far.
func (f *Fake) Calls() int { return int(f.calls.Load()) }
