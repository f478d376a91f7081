//go:build !unix

package read

import "os"

// File reads a whole file.
func File(path string) ([]byte, error) { return os.ReadFile(path) }
