package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/langid"
)

// The LanguageTool API (v2) answered by checkV2 and languages: form fields
// text or data, language, enabledRules, disabledRules, enabledOnly in;
// matches with offsets and lengths in UTF-16 code units out.

type ltSoftware struct {
	Name       string `json:"name"`
	Version    string `json:"version"`
	BuildDate  string `json:"buildDate"`
	APIVersion int    `json:"apiVersion"`
	Premium    bool   `json:"premium"`
	Status     string `json:"status"`
}

type ltDetected struct {
	Name       string  `json:"name"`
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

type ltLanguage struct {
	Name             string     `json:"name"`
	Code             string     `json:"code"`
	DetectedLanguage ltDetected `json:"detectedLanguage"`
}

type ltReplacement struct {
	Value string `json:"value"`
}

type ltContext struct {
	Text   string `json:"text"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

type ltCategory struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type ltRule struct {
	ID          string     `json:"id"`
	Description string     `json:"description"`
	IssueType   string     `json:"issueType"`
	Category    ltCategory `json:"category"`
}

type ltType struct {
	TypeName string `json:"typeName"`
}

type ltMatch struct {
	Message      string          `json:"message"`
	ShortMessage string          `json:"shortMessage"`
	Replacements []ltReplacement `json:"replacements"`
	Offset       int             `json:"offset"`
	Length       int             `json:"length"`
	Context      ltContext       `json:"context"`
	Sentence     string          `json:"sentence"`
	Type         ltType          `json:"type"`
	Rule         ltRule          `json:"rule"`

	IgnoreForIncompleteSentence bool `json:"ignoreForIncompleteSentence"`
	ContextForSureMatch         int  `json:"contextForSureMatch"`
}

type ltResponse struct {
	Software ltSoftware `json:"software"`
	Warnings struct {
		IncompleteResults bool `json:"incompleteResults"`
	} `json:"warnings"`
	Language ltLanguage `json:"language"`
	Matches  []ltMatch  `json:"matches"`
}

// ltAnnotation is the "data" field: text and markup in order.
type ltAnnotation struct {
	Annotation []struct {
		Text        *string `json:"text"`
		Markup      *string `json:"markup"`
		InterpretAs string  `json:"interpretAs"`
	} `json:"annotation"`
}

// ltCategoryAll is the one category of translint's matches.
var ltCategoryAll = ltCategory{ID: "MACHINE_TRANSLATION", Name: "Machine translation"}

// issueTypes gives a rule the issue type (the ITS 2.0 names LanguageTool
// uses) that clients colour by; other rules are "uncategorized".
var issueTypes = map[string]string{
	"foreign-fragment":   "untranslated",
	"wrong-language":     "untranslated",
	"dropped-name":       "omission",
	"truncation":         "omission",
	"duplicated-teaser":  "duplication",
	"boilerplate":        "addition",
	"doubled-word":       "duplication",
	"mojibake":           "characters",
	"broken-entity":      "characters",
	"escaped-character":  "characters",
	"glued-words":        "whitespace",
	"punctuation":        "typographical",
	"broken-contraction": "typographical",
}

// contextRunes is how many characters of text a match's context shows on
// each side.
const contextRunes = 40

// checkV2 is LanguageTool's POST /v2/check (GET too, as LanguageTool
// allows).
func (s *Server) checkV2(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		bodyError(w, err)
		return
	}
	text, doc, err := ltText(r.Form)
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	if !utf8.ValidString(doc) {
		httpError(w, http.StatusBadRequest, "the text is not valid UTF-8")
		return
	}
	lang := r.Form.Get("language")
	if lang == "" {
		httpError(w, http.StatusBadRequest, `missing "language" (a code such as en-US, or auto)`)
		return
	}
	req := Request{Text: []byte(doc), Path: "<text>", Format: "text"}
	if !strings.EqualFold(lang, "auto") {
		if langid.Normalize(lang) == "" {
			httpError(w, http.StatusBadRequest, "unknown language "+lang)
			return
		}
		req.Lang = lang
	}
	enabled := trimList(r.Form["enabledRules"]...)
	req.Disable = trimList(r.Form["disabledRules"]...)
	if r.Form.Get("enabledOnly") == "true" {
		if len(enabled) == 0 {
			httpError(w, http.StatusBadRequest, "enabledOnly needs enabledRules")
			return
		}
		req.Enable = enabled
	}
	rep, err := s.run(r.Context(), req)
	if checkFailed(w, err) {
		return
	}
	for _, res := range rep.Results {
		if res.Err != nil {
			if unreadable(res.Err) {
				httpError(w, http.StatusBadRequest, res.Err.Error())
				return
			}
			s.logf("check failed: %v", res.Err)
			httpError(w, http.StatusInternalServerError, "internal error")
			return
		}
	}
	code := langid.Normalize(req.Lang)
	if code == "" {
		code = "en"
	}
	out := ltResponse{
		Software: ltSoftware{Name: "translint", Version: s.o.Version, APIVersion: 1},
		Language: ltLanguage{Name: langid.Name(code), Code: code,
			DetectedLanguage: ltDetected{Name: langid.Name(code), Code: code, Confidence: 1}},
		Matches: ltMatches(rep, text),
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(out)
}

// ltText returns the text as the client counts offsets (text, or data's
// text and markup joined) and the document to lint, of the same length:
// data's markup is blanked to spaces, with the line breaks of interpretAs
// kept where they fit, so that it is not read as prose.
func ltText(form map[string][]string) (text, doc string, err error) {
	get := func(k string) (string, bool) {
		v, ok := form[k]
		if !ok || len(v) == 0 {
			return "", false
		}
		return v[0], true
	}
	if t, ok := get("text"); ok {
		return t, t, nil
	}
	data, ok := get("data")
	if !ok {
		return "", "", errors.New(`missing "text" or "data"`)
	}
	var a ltAnnotation
	if err := json.Unmarshal([]byte(data), &a); err != nil {
		return "", "", errors.New(`bad JSON in "data": ` + err.Error())
	}
	var tb, db strings.Builder
	for _, part := range a.Annotation {
		switch {
		case part.Text != nil:
			tb.WriteString(*part.Text)
			db.WriteString(*part.Text)
		case part.Markup != nil:
			m := *part.Markup
			tb.WriteString(m)
			breaks := strings.Count(part.InterpretAs, "\n")
			for i := 0; i < len(m); i++ {
				if i < breaks {
					db.WriteByte('\n')
				} else {
					db.WriteByte(' ')
				}
			}
		default:
			return "", "", errors.New(`bad "data": each annotation needs "text" or "markup"`)
		}
	}
	return tb.String(), db.String(), nil
}

// ltMatches turns a report's findings into LanguageTool matches over text.
func ltMatches(rep *format.Report, text string) []ltMatch {
	titles := map[string]string{}
	for _, r := range rep.Rules {
		titles[r.ID()] = r.Doc().Title
	}
	x := newU16Index(text)
	out := []ltMatch{}
	for _, d := range rep.Diagnostics() {
		start, end := d.Start.Offset, d.End.Offset
		var repl []ltReplacement
		if v, s, e, ok := fixAsReplacement(text, d.Fix, start, end); ok {
			repl = []ltReplacement{{Value: v}}
			start, end = s, e
		}
		msg := d.Message
		if d.Suggestion != "" {
			msg += "; " + d.Suggestion
		}
		title := titles[d.Rule]
		if title == "" {
			title = d.Rule
		}
		issue := issueTypes[d.Rule]
		if issue == "" {
			issue = "uncategorized"
		}
		if repl == nil {
			repl = []ltReplacement{}
		}
		off := x.at(start)
		m := ltMatch{
			Message: msg, ShortMessage: title, Replacements: repl,
			Offset: off, Length: x.at(end) - off,
			Context:  ltContextOf(text, start, end),
			Sentence: strings.TrimSpace(d.SourceLine),
			Type:     ltType{TypeName: "Other"},
			Rule:     ltRule{ID: d.Rule, Description: title, IssueType: issue, Category: ltCategoryAll},
		}
		out = append(out, m)
	}
	return out
}

// fixAsReplacement turns a fix into one replacement of the smallest range
// holding the finding's span and every edit; ok is false without a fix.
func fixAsReplacement(text string, fix []lint.Edit, start, end int) (value string, s, e int, ok bool) {
	if len(fix) == 0 {
		return "", 0, 0, false
	}
	s, e = start, end
	for _, ed := range fix {
		s, e = min(s, ed.Start), max(e, ed.End)
	}
	if s < 0 || e > len(text) {
		return "", 0, 0, false
	}
	var b strings.Builder
	at := s
	for _, ed := range fix { // edits do not overlap; apply them in order
		if ed.Start < at {
			return "", 0, 0, false
		}
		b.WriteString(text[at:ed.Start])
		b.WriteString(ed.New)
		at = ed.End
	}
	b.WriteString(text[at:e])
	return b.String(), s, e, true
}

// ltContextOf is the text around [start, end) with the match placed in it,
// in UTF-16 code units; "..." marks cut text, as LanguageTool shows it.
func ltContextOf(text string, start, end int) ltContext {
	from := start
	for n := 0; from > 0 && n < contextRunes; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	to := end
	for n := 0; to < len(text) && n < contextRunes; n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	pre, mid, post := text[from:start], text[start:end], text[end:to]
	if from > 0 {
		pre = "..." + pre
	}
	if to < len(text) {
		post += "..."
	}
	flat := strings.NewReplacer("\r", " ", "\n", " ", "\t", " ")
	pre, mid, post = flat.Replace(pre), flat.Replace(mid), flat.Replace(post)
	return ltContext{Text: pre + mid + post, Offset: u16Len(pre), Length: u16Len(mid)}
}

// languageCodes are the languages /v2/languages lists, English first:
// translint takes any ISO 639-1 code; clients pick from this list.
var languageCodes = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "zh", "ja", "ko"}

type ltLanguageEntry struct {
	Name     string `json:"name"`
	Code     string `json:"code"`
	LongCode string `json:"longCode"`
}

// languages is LanguageTool's GET /v2/languages.
func (s *Server) languages(w http.ResponseWriter, r *http.Request) {
	out := make([]ltLanguageEntry, 0, len(languageCodes))
	for _, c := range languageCodes {
		out = append(out, ltLanguageEntry{Name: langid.Name(c), Code: c, LongCode: c})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(out)
}
