package repetition

import (
	"testing"

	"github.com/translint/translint/lint/linttest"
)

func FuzzCheck(f *testing.F) {
	linttest.FuzzSpans(f, Rule{},
		"the rise of the tide, the rise of the tide, the rise of the tide\n",
		"They sang “hold the line, hold the line, hold the line”\n\nof the of the of the\n")
}
