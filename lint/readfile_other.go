//go:build !unix

package lint

import "os"

func readFile(path string) ([]byte, error) { return os.ReadFile(path) }
