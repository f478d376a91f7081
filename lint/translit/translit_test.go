package translit

import (
	"strings"
	"testing"
)

func TestLatin(t *testing.T) {
	for _, c := range []struct {
		w    string
		o    Options
		want string
	}{
		// Loose: any word, Latin letters kept with their diacritics folded
		{"Щербаков", Options{}, "shcherbakov"},
		{"Пётр", Options{}, "pyotr"},
		{"Мар'яна", Options{}, "mar'yana"},          // an ASCII apostrophe is kept as written
		{"Мар’яна", Options{}, "maryana"},           // a typographic one is the Ukrainian sign: dropped
		{"Παπαδόπουλος", Options{}, "papadopoylos"}, // letter by letter: the keys fold ου
		{"Müller-Straße", Options{}, "muller-strasse"},
		{"Łódź", Options{}, "lodz"}, // the stroke too, which Unicode does not decompose
		{"Nguyễn", Options{}, "nguyen"},
		{"plain", Options{}, "plain"},
		{"Київ 2024", Options{}, "kiyiv 2024"},
		// Strict: Cyrillic and Greek words only
		{"Зеленський", Options{Form: Strict}, "zelenskiy"},
		{"Жан-Поль", Options{Form: Strict}, "zhanpol"},
		{"Αθήνα", Options{Form: Strict}, "athina"},
		{"Kyiv", Options{Form: Strict}, ""},
		{"Кyiv", Options{Form: Strict}, ""}, // a Latin letter among Cyrillic ones
		{"共同", Options{Form: Strict}, ""},
		{"Ӏ", Options{Form: Strict}, ""},           // Cyrillic, but no letter of the table
		{"Αθήνα\u037e", Options{Form: Strict}, ""}, // a Greek question mark is no letter
		{"Ϊόνιο", Options{Form: Strict}, "ionio"},  // marks other than the acute too
		// Name: a Slavic name as the news spells it
		{"Григорий", Options{Form: Name, Lang: "ru"}, "grigory"},
		{"Григорій", Options{Form: Name, Lang: "uk"}, "hryhoriy"},
		{"Евгений", Options{Form: Name, Lang: "ru"}, "yevgeny"},
		{"Євген", Options{Form: Name, Lang: "uk"}, "yevhen"},
		{"Андреев", Options{Form: Name, Lang: "ru"}, "andreyev"},
		{"Ходорковский", Options{Form: Name}, "khodorkovsky"},
		{"Мар'яна", Options{Form: Name, Lang: "uk"}, "maryana"},
	} {
		if got := Latin(c.w, c.o); got != c.want {
			t.Errorf("Latin(%q, %+v) = %q, want %q", c.w, c.o, got, c.want)
		}
	}
}

// A word Strict spells is spelt the same by Loose, but for joiners: the
// two forms share the table.
func TestStrictAgreesWithLoose(t *testing.T) {
	for _, w := range []string{"Москва", "Харків", "Београд", "Θεσσαλονίκη", "Ёлкин", "Ўладзімір"} {
		if s, l := Latin(w, Options{Form: Strict}), Latin(w, Options{}); s == "" || s != l {
			t.Errorf("%q: Strict %q, Loose %q", w, s, l)
		}
	}
}

func TestVariantKey(t *testing.T) {
	same := [][2]string{
		{"horbatsova", "horbacova"}, {"lytvynsky", "lytvinsky"}, {"seong-joo", "seong-ju"},
		{"luhansk", "lugansk"}, {"kharkiv", "harkiv"}, {"shevchenko", "shewchenko"},
	}
	for _, p := range same {
		if a, b := VariantKey(p[0]), VariantKey(p[1]); a != b {
			t.Errorf("%s and %s: keys %s and %s differ", p[0], p[1], a, b)
		}
	}
	differ := [][2]string{{"marina", "marino"}, {"petrov", "petrova"}, {"ivanov", "ivanenko"}}
	for _, p := range differ {
		if VariantKey(p[0]) == VariantKey(p[1]) {
			t.Errorf("%s and %s share a key", p[0], p[1])
		}
	}
}

// Fold drops the marks of Latin letters of several languages, keeps
// letters only, counts the marked ones and leaves other scripts alone.
func TestFold(t *testing.T) {
	for _, c := range []struct {
		w, want string
		marks   int
	}{
		{"Grzędziński", "grzedzinski", 2},
		{"Søren Ørsted", "sorenorsted", 2},
		{"Şahin-Öztürk", "sahinozturk", 3},
		{"Nguyễn", "nguyen", 1},
		{"Straße", "strasse", 1},
		{"O'Neil 3", "oneil", 0},
		{"Петров", "петров", 0},
	} {
		if got, marks := Fold(c.w); got != c.want || marks != c.marks {
			t.Errorf("Fold(%q) = %q, %d; want %q, %d", c.w, got, marks, c.want, c.marks)
		}
	}
}

// AppendFold and AppendVariantKey write what Fold and VariantKey return
// after what the buffer holds, the key read from the buffer's own bytes,
// words longer than Fold's buffer and broken UTF-8 included.
func TestAppendFoldAndKey(t *testing.T) {
	for _, w := range []string{
		"Grzędziński", "Søren Ørsted", "Kowalczyk-Tkhorzewski", "Nguyễn", "Straße", "O'Neil 3",
		"Петров", "", "ß", "a\xffb\xe2\x80", strings.Repeat("Łukaszewicz", 9),
	} {
		buf := []byte("spelt:")
		buf, marks := AppendFold(buf, []byte(w))
		folded, wantMarks := Fold(w)
		if got := string(buf[len("spelt:"):]); got != folded || marks != wantMarks {
			t.Errorf("AppendFold(%q) = %q, %d; want %q, %d", w, got, marks, folded, wantMarks)
		}
		n := len(buf)
		buf = AppendVariantKey(buf, buf[len("spelt:"):n])
		if got, want := string(buf[n:]), VariantKey(folded); got != want {
			t.Errorf("AppendVariantKey(%q) = %q, want %q", folded, got, want)
		}
	}
}
