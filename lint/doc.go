// Package lint is translint's engine: it reads articles into Documents, runs
// rules over them and turns their findings into positioned diagnostics.
//
// Everything inside the engine is a byte offset into the file as read.
// Readers never rewrite the text: markup (front matter, code, tags, URLs) is
// masked to spaces of the same length in Document.Text, so an offset found in
// Text is also an offset in Document.Src. Lines and columns (columns counted
// in Unicode code points) are derived only when a diagnostic is printed.
package lint
