// Command translint lints machine-translated articles for the defects that
// spell-checkers and grammar linters miss: untranslated fragments, dropped
// names, duplicated teasers, truncation, boilerplate and mechanical damage.
package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the soft heap limit when GOMEMLIMIT is not set. The
// live heap of a 100,000-file run stays near 40 MiB, but without a limit the
// runtime keeps freed memory around and the peak RSS grows past 120 MiB; a
// soft limit makes the collector return it at no measurable CPU cost.
const defaultMemoryLimit = 80 << 20

// defaultGCPercent trades heap for collector time: a run allocates many
// short-lived documents, and with the soft limit above as the ceiling a
// laxer GOGC cut about a tenth of the CPU time on the benchmark corpus.
const defaultGCPercent = 400

func main() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(defaultGCPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
