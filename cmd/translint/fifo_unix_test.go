//go:build unix

package main

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe given by name is read once: a second open would wait for a
// writer that never comes.
func TestFIFONamedIsReadOnce(t *testing.T) {
	useFakeRules(t)
	inDir(t, nil)
	if err := syscall.Mkfifo("pipe.md", 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	go func() {
		f, err := os.OpenFile("pipe.md", os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("# Title\n\nSome teh text.\n")
		f.Close()
	}()
	type result struct {
		code int
		out  string
	}
	done := make(chan result, 1)
	go func() {
		code, out, _ := runCLI(t, "", "check", "pipe.md", "--color", "never")
		done <- result{code, out}
	}()
	select {
	case r := <-done:
		if r.code != exitFindings || !strings.Contains(r.out, "pipe.md:3:6") {
			t.Errorf("exit %d:\n%s", r.code, r.out)
		}
	case <-time.After(20 * time.Second):
		// Unblock the second open so the test binary can end.
		if f, err := os.OpenFile("pipe.md", os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("the named pipe was opened twice: the run hangs")
	}
}
