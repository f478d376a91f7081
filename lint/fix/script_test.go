package fix

import (
	"testing"

	"github.com/translint/translint/lint"
)

func TestLoopInsertsOnlyNativeText(t *testing.T) {
	cases := []struct {
		name, src, insert string
		applied           bool
	}{
		{"CJK comma into English", "Step 1u3001 Open the valve.\n", "、", false},
		{"full-width colon into English", "Note: ready.\n", "：", false},
		{"CJK comma into Chinese", "步骤1u3001 打开阀门。\n", "、", true},
		{"CJK comma into Japanese kana", "ステップ1u3001 ひらく。\n", "、", true},
		{"Cyrillic letter into English", "The Volga town of Ples.\n", "д", false},
		{"Cyrillic letter into Russian", "Город Плёс на Волге.\n", "д", true},
		{"Latin accent into English with accents", "A café in Lyon.\n", "é", true},
		{"Latin accent into Russian with Latin names", "Кафе Café в Москве.\n", "é", true},
		{"curly apostrophe anywhere", "Oskar u2019s boat.\n", "’", true},
		{"ASCII anywhere", "Город.\n", ",", true},
	}
	for _, c := range cases {
		edit := []lint.Edit{{Span: lint.Span{Start: 0, End: 0}, New: c.insert}}
		res, err := Loop([]byte(c.src), [][]lint.Edit{edit}, func([]byte) ([][]lint.Edit, error) { return nil, nil })
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Fixes == 1; got != c.applied {
			t.Errorf("%s: applied %v, want %v (output %q)", c.name, got, c.applied, res.Output)
		}
	}
}
