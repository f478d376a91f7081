package lint

import "testing"

// The positioner (Document.Positioner) agrees with Position on increasing offsets,
// across lines, multi-byte characters and a byte-order mark.
func TestPositionerAgrees(t *testing.T) {
	src := []byte("\ufeffПривет, мир!\nline two 中文 text\n\n😀 last line without break")
	d := NewDocument("a.txt", FormatText, src)
	for step := 1; step <= 7; step++ {
		p := positioner{d: d}
		for off := 0; off <= len(src); off += step {
			if got, want := p.at(off), d.Position(off); got != want {
				t.Fatalf("step %d, offset %d: %+v, want %+v", step, off, got, want)
			}
		}
	}
	// Going back falls back to Position.
	p := positioner{d: d}
	p.at(30)
	if got, want := p.at(5), d.Position(5); got != want {
		t.Fatalf("backwards: %+v, want %+v", got, want)
	}
}
