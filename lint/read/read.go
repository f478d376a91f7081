// Package read turns the bytes of an article into a lint.Document: it
// validates the encoding (UTF-8, a byte-order mark kept; UTF-16 and UTF-32
// refused by name), picks the reader by format (plain text, Markdown with
// the markup of site generators, HTML), reads front matter and metadata
// into metadata blocks, decodes entities in place and masks markup to
// spaces of the same length. It also reads files into pooled buffers
// (File) and the language a path declares (LangFromPath).
//
// It is a package of its own because rules read documents, never bytes:
// a rule imports lint and gets a Document the engine made. Keeping goldmark,
// the HTML tokenizer and the YAML parser out of lint keeps the contract
// small and every rule's build free of them.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Extensions maps the file extensions translint reads to their format.
var Extensions = map[string]lint.Format{
	".md": lint.FormatMarkdown, ".markdown": lint.FormatMarkdown, ".mdx": lint.FormatMarkdown,
	".txt":  lint.FormatText,
	".html": lint.FormatHTML, ".htm": lint.FormatHTML,
}

// FormatOf picks a format from a file name; unknown extensions are text.
func FormatOf(name string) lint.Format {
	if f, ok := Extensions[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	return lint.FormatText
}

// ErrBinary is returned for files that contain NUL bytes.
var ErrBinary = errors.New("binary file (contains NUL bytes)")

// MaxDocumentSize is the largest file translint reads, in bytes: the
// offsets of a document's words are 32-bit (see Word).
const MaxDocumentSize = math.MaxInt32

// maxDocumentSize is MaxDocumentSize, lowered by tests.
var maxDocumentSize = MaxDocumentSize

// ErrTooLarge is returned for files larger than MaxDocumentSize.
var ErrTooLarge = fmt.Errorf("file too large (more than %d bytes)", MaxDocumentSize)

// InvalidUTF8Error names the first invalid byte of a file.
type InvalidUTF8Error struct{ Pos lint.Position }

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at line %d, column %d (byte offset %d)", e.Pos.Line, e.Pos.Column, e.Pos.Offset)
}

// Parse validates src and reads it into a Document in the format its name
// implies. A UTF-8 byte-order mark is kept in Src and masked in Text.
func Parse(path string, src []byte) (*lint.Document, error) {
	return ParseAs(path, FormatOf(path), src)
}

// ParseAs is Parse with an explicit format.
func ParseAs(path string, format lint.Format, src []byte) (*lint.Document, error) {
	if len(src) > maxDocumentSize {
		return nil, ErrTooLarge
	}
	if err := checkEncoding(src); err != nil {
		return nil, err
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrBinary
	}
	d := lint.NewDocument(path, format, src)
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, &InvalidUTF8Error{Pos: d.Position(off)}
	}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		Mask(d.Text, 0, 3)
	}
	switch format {
	case lint.FormatMarkdown:
		readMarkdown(d)
	case lint.FormatHTML:
		readHTML(d)
	default:
		readText(d)
	}
	return d, nil
}
