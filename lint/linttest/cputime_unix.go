//go:build unix

package linttest

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time (user and system, all threads) the process has
// used so far; benchmarks report it because wall time on a shared machine
// measures the neighbours too.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
