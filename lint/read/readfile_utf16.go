package read

import "bytes"

// EncodingError refuses a file in a Unicode encoding other than UTF-8,
// known by its byte-order mark. Offsets, fixes and reports are all in the
// bytes of the file as read, so translint reads UTF-8 only; without this
// check such a file is called binary (its ASCII letters have NUL bytes).
type EncodingError struct{ Encoding string }

func (e *EncodingError) Error() string {
	return e.Encoding + " is not supported: convert to UTF-8"
}

// byteOrderMarks are the marks of the encodings refused, longest first
// (UTF-32LE's begins with UTF-16LE's).
var byteOrderMarks = []struct {
	mark []byte
	name string
}{
	{[]byte{0xFF, 0xFE, 0, 0}, "UTF-32"},
	{[]byte{0, 0, 0xFE, 0xFF}, "UTF-32"},
	{[]byte{0xFF, 0xFE}, "UTF-16"},
	{[]byte{0xFE, 0xFF}, "UTF-16"},
}

// checkEncoding returns an *EncodingError when src starts with the
// byte-order mark of UTF-16 or UTF-32.
func checkEncoding(src []byte) error {
	for _, b := range byteOrderMarks {
		if bytes.HasPrefix(src, b.mark) {
			return &EncodingError{Encoding: b.name}
		}
	}
	return nil
}
