package read

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateSites = flag.Bool("update-sites", false, "rewrite the .blocks files of testdata/sites")

// TestSitePages reads pages written the way static site generators expect
// (testdata/sites) and compares what rules would see, block by block, with
// the NAME.EXT.blocks file beside each page.
func TestSitePages(t *testing.T) {
	pages, err := filepath.Glob("testdata/sites/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pages {
		if strings.HasSuffix(p, ".blocks") {
			continue
		}
		n++
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(p, src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			got := strings.Join(blockTexts(d), "\n") + "\n"
			if *updateSites {
				if err := os.WriteFile(p+".blocks", []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(p + ".blocks")
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("blocks differ\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no pages in testdata/sites")
	}
}
