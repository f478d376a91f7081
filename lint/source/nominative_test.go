package source

import "testing"

// A name in any case is put back in the nominative and spelled as news
// do; an indeclinable surname stays as it is; a name whose case or gender
// its words leave open has no answer.
func TestNameNominative(t *testing.T) {
	cases := []struct {
		lang, first, second string
		want                string // "" when the name must not be answered
	}{
		// Russian, male: a consonant stem in every case
		{"ru", "Павел", "Дуров", "Pavel Durov"},
		{"ru", "Павла", "Дурова", "Pavel Durov"},
		{"ru", "Павлу", "Дурову", "Pavel Durov"},
		{"ru", "Павлом", "Дуровым", "Pavel Durov"},
		{"ru", "Павле", "Дурове", "Pavel Durov"},
		{"ru", "Григория", "Лебедева", "Grigory Lebedev"},
		{"ru", "Григорием", "Лебедевым", "Grigory Lebedev"},
		{"ru", "Дмитрию", "Сергееву", "Dmitry Sergeyev"},
		{"ru", "Андреем", "Ходорковским", "Andrey Khodorkovsky"},
		{"ru", "Евгению", "Ходорковскому", "Yevgeny Khodorkovsky"},
		{"ru", "Игоря", "Соболя", "Igor Sobol"},
		{"ru", "Льва", "Соколова", "Lev Sokolov"},
		{"ru", "Петром", "Абрамовичем", "Pyotr Abramovich"},
		{"ru", "Никите", "Орлову", "Nikita Orlov"},
		{"ru", "Ильи", "Яшина", "Ilya Yashin"},
		{"ru", "Сергея", "Ивановича", "Sergey Ivanovich"},
		// Russian, female: -ова in the nominative is not de-inflected
		{"ru", "Вера", "Ковалёва", "Vera Kovalyova"},
		{"ru", "Веры", "Ковалёвой", "Vera Kovalyova"},
		{"ru", "Марию", "Петрову", "Mariya Petrova"},
		{"ru", "Юлией", "Навальной", ""}, // Навальная, or a Навальна in -а
		{"ru", "Юлию", "Навальную", "Yuliya Navalnaya"},
		{"ru", "Ольги", "Ковальской", "Olga Kovalskaya"},
		{"ru", "Натальей", "Сергеевной", "Natalya Sergeyevna"},
		{"ru", "Дарье", "Беловой", "Darya Belova"},
		{"ru", "Ирина", "Волкова", "Irina Volkova"},
		{"ru", "Анна", "Петрова", "Anna Petrova"},
		{"ru", "Павел", "Петрова", ""}, // his nominative and her surname do not agree
		{"ru", "Ольгу", "Ковальскую", "Olga Kovalskaya"},
		{"ru", "Семёну", "Ковальскому", "Semyon Kovalsky"},
		// indeclinable and foreign surnames
		{"ru", "Виталия", "Кличко", "Vitaly Klichko"},
		{"ru", "Юрия", "Петренко", "Yury Petrenko"},
		{"ru", "Анны", "Черных", "Anna Chernykh"},
		{"ru", "Ивана", "Шольца", "Ivan Sholts"},
		{"ru", "Олафа", "Шольца", ""}, // an unknown first name: his genitive, or her nominative
		{"ru", "Анны", "Шольц", "Anna Sholts"},
		{"ru", "Эмманюэля", "Макрона", "Emmanyuel Makron"},
		{"ru", "Ильзы", "Брантберг", "Ilza Brantberg"},
		// not settled: no answer
		{"ru", "Евгения", "Иванова", ""},    // his genitive or her nominative
		{"ru", "Александра", "Иванова", ""}, // the same
		{"ru", "Сергею", "Шойгу", ""},       // Шойг in the dative, or Шойгу
		{"ru", "Тараса", "Гнатюка", "Taras Gnatyuk"},
		{"ru", "Верховного", "Суда", ""}, // not a personal name
		// Ukrainian
		{"uk", "Андрієм", "Ковалем", "Andriy Koval"},
		{"uk", "Андрія", "Коваля", "Andriy Koval"},
		{"uk", "Тарасові", "Гнатюку", ""}, // Гнатюк's dative, or an indeclinable
		{"uk", "Тарасом", "Гнатюком", "Taras Hnatyuk"},
		{"uk", "Віталія", "Кличка", "Vitaliy Klychko"},
		{"uk", "Тарасові", "Гнатюкові", ""}, // Гнатюк's dative, or a Гнатюков's locative
		{"uk", "Андрієві", "Ковалеві", ""},  // the same: Коваль or Ковалев
		{"uk", "Тараса", "Шевченка", "Taras Shevchenko"},
		{"uk", "Олени", "Гнатюк", "Olena Hnatyuk"},
		{"uk", "Оленою", "Гнатюк", "Olena Hnatyuk"},
		{"uk", "Юлії", "Тимошенко", "Yuliya Tymoshenko"},
		{"uk", "Лесі", "Бондар", "Lesya Bondar"},
		{"uk", "Дмитра", "Кулеби", "Dmytro Kuleba"},
		{"uk", "Володимиром", "Зеленським", "Volodymyr Zelensky"},
		{"uk", "Ірини", "Ковальської", "Iryna Kovalska"},
		{"uk", "Миколи", "Іванова", "Mykola Ivanov"},
		{"uk", "Наталії", "Іванової", "Nataliya Ivanova"},
		{"uk", "Ігорем", "Бондарем", "Ihor Bondar"},
		{"uk", "Олександр", "Хоменко", "Oleksandr Khomenko"},
		{"uk", "Юлія", "Тимошенко", "Yuliya Tymoshenko"},
		{"uk", "Федора", "Гнатюка", "Fedir Hnatyuk"},
		{"uk", "Павлом", "Мельником", "Pavlo Melnyk"},
		// Belarusian
		{"be", "Святланы", "Ціханоўскай", "Svyatlana Tsikhanouskaya"},
		{"be", "Аляксандра", "Казуліна", ""}, // his genitive or her nominative
		{"be", "Андрэя", "Саннікава", "Andrey Sannikau"},
		{"be", "Марыі", "Калеснікавай", "Maryya Kalesnikava"},
		{"be", "Вольгі", "Кавалёвай", "Volha Kavalyova"},
		{"be", "Сяргеем", "Ціханоўскім", "Syarhey Tsikhanouski"},
	}
	for _, c := range cases {
		f, s, ok := NameNominative(c.lang, c.first, c.second)
		got := ""
		if ok {
			l := nameLang(c.lang, f+s)
			got = capital(newsSpelling(l, f)) + " " + capital(newsSpelling(l, s))
		}
		if got != c.want {
			t.Errorf("%s %s %s: got %q, want %q", c.lang, c.first, c.second, got, c.want)
		}
	}
}

// A Bulgarian or Serbian name, or a Ukrainian one under a Russian
// declaration, is not read.
func TestNameNominativeLanguages(t *testing.T) {
	for _, c := range [][3]string{{"bg", "Иван", "Петров"}, {"sr", "Александра", "Вучића"}, {"ru", "Андрієм", "Ковалем"}} {
		if f, s, ok := NameNominative(c[0], c[1], c[2]); ok {
			t.Errorf("%v: read as %s %s", c, f, s)
		}
	}
	// without a declared language the letters tell
	if f, s, ok := NameNominative("", "Андрієм", "Ковалем"); !ok || f != "Андрій" || s != "Коваль" {
		t.Errorf("Андрієм Ковалем undeclared: %q %q %v", f, s, ok)
	}
}
