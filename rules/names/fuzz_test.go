package names

import (
	"testing"

	"github.com/translint/translint/lint/linttest"
)

func FuzzCheck(f *testing.F) {
	linttest.FuzzSpans(f, Rule{},
		"Mr. Holubenko came. Mr. Holubienko left, and Holubenko stayed.\n",
		"# Ryūtarō\n\nRyutaro and Ryu\u0304taro’s talk; Kharkiv (Kharkov).\n")
}
