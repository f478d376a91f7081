package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fingerprint"
	"github.com/translint/translint/lint/fix"
)

// Project links used in SARIF metadata.
const (
	InformationURI = "https://github.com/translint/translint"
	// RulesDocURI is the generated rules page; a rule's anchor is its ID.
	RulesDocURI = InformationURI + "/blob/main/docs/rules.md"
)

// SARIF partial fingerprint keys.
const (
	LineHashKey    = "primaryLocationLineHash"
	ContentHashKey = "translintContentHash/v1"
)

// SARIF writes a SARIF 2.1.0 log with one run, for code scanning and other
// SARIF consumers. URIs are relative to Report.Root (the working directory
// when empty) and percent-encoded; columns and character offsets count
// Unicode code points (run.columnKind "unicodeCodePoints"); a leading
// byte-order mark does not count. Files are read again to place regions
// exactly; a file that changed since it was linted (or standard input) is
// placed with the positions the linter computed, without character offsets.
type SARIF struct{}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool              `json:"tool"`
	Invocations        []sarifInvocation      `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifBaseID `json:"originalUriBaseIds"`
	ColumnKind         string                 `json:"columnKind"`
	Results            []sarifResult          `json:"results"`
}

type sarifBaseID struct {
	Description sarifMessage `json:"description"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name,omitempty"`
	ShortDescription     sarifMessage      `json:"shortDescription"`
	FullDescription      sarifMessage      `json:"fullDescription"`
	Help                 sarifHelp         `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleProperty struct {
	Tags []string `json:"tags"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	Message          *sarifMessage         `json:"message,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine"`
	EndColumn   int           `json:"endColumn"`
	CharOffset  *int          `json:"charOffset,omitempty"`
	CharLength  *int          `json:"charLength,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

const srcRoot = "%SRCROOT%"

// SARIFLevel maps a severity to a SARIF level.
func SARIFLevel(s lint.Severity) string {
	switch s {
	case lint.SeverityError:
		return "error"
	case lint.SeverityInfo:
		return "note"
	}
	return "warning"
}

var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// Format implements Formatter.
func (SARIF) Format(w io.Writer, r *Report) error {
	driver := sarifDriver{Name: "translint", Version: r.Version, InformationURI: InformationURI, Rules: []sarifRule{}}
	if semver.MatchString(r.Version) {
		driver.SemanticVersion = r.Version
	}
	index := map[string]int{}
	for _, rule := range r.Rules {
		index[rule.ID()] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(rule, r.severityOf(rule), r.helpURI(rule.ID())))
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	results := []sarifResult{}
	srcs := r.sources()
	relPath := fingerprint.RelTo(r.Root)
	for _, res := range r.sorted() {
		rel := relPath(res.Path)
		uri := EncodeURI(rel)
		art := sarifArtifactLocation{URI: uri, URIBaseID: srcRoot}
		if res.Err != nil {
			inv.ExecutionSuccessful = false
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
				Level: "error", Message: sarifMessage{Text: "cannot lint " + res.Path + ": " + res.Err.Error()},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art}}},
			})
		}
		if len(res.Diagnostics) == 0 {
			continue
		}
		x := srcs.index(res)
		var foreign func([]lint.Edit) bool // --fix's test: no fix it would refuse is offered
		if x != nil {
			foreign = fix.Foreign(x.src)
		}
		contents := fingerprint.File(rel, res.Diagnostics)
		lines := fingerprint.LineHashes(res.Diagnostics)
		for i, d := range res.Diagnostics {
			ri, ok := index[d.Rule]
			if !ok { // a finding of a rule the report does not list: describe it minimally
				ri = len(driver.Rules)
				index[d.Rule] = ri
				driver.Rules = append(driver.Rules, sarifRuleOf(unlistedRule(d.Rule), d.Severity, r.helpURI(d.Rule)))
			}
			text := d.Message
			if d.Suggestion != "" {
				text += "\nSuggestion: " + d.Suggestion
			}
			sr := sarifResult{
				RuleID: d.Rule, RuleIndex: ri, Level: SARIFLevel(d.Severity), Message: sarifMessage{Text: text},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
					ArtifactLocation: art,
					Region:           regionOf(x, lint.Span{Start: d.Start.Offset, End: d.End.Offset}, d.Start, d.End, d.Excerpt),
				}}},
				PartialFingerprints: map[string]string{LineHashKey: lines[i], ContentHashKey: contents[i]},
			}
			for j, rl := range d.Related {
				id := j + 1
				msg := rl.Message
				if msg == "" {
					msg = "related"
				}
				loc := sarifPhysicalLocation{
					ArtifactLocation: art,
					Region:           regionOf(x, lint.Span{Start: rl.Start.Offset, End: rl.End.Offset}, rl.Start, rl.End, rl.Excerpt),
				}
				if rl.Path != "" { // a place in the original: its own URI, placed by the engine
					loc = sarifPhysicalLocation{
						ArtifactLocation: sarifArtifactLocation{URI: EncodeURI(relPath(rl.Path)), URIBaseID: srcRoot},
						Region:           regionOf(nil, lint.Span{}, rl.Start, rl.End, rl.Excerpt),
					}
				}
				sr.RelatedLocations = append(sr.RelatedLocations, sarifLocation{
					ID: &id, Message: &sarifMessage{Text: msg}, PhysicalLocation: loc,
				})
			}
			if len(d.Fix) > 0 && x != nil && !foreign(d.Fix) {
				sr.Fixes = []sarifFix{fixOf(x, art, d)}
			}
			results = append(results, sr)
		}
	}
	if len(results) > SARIFMaxResults {
		n := len(results)
		results = capResults(results, SARIFMaxResults)
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "warning", Locations: []sarifLocation{},
			Message: sarifMessage{Text: fmt.Sprintf("%d results: only the %d most severe are in this file, the most code scanning accepts in one run; fix or baseline the others, or lint fewer files per run", n, SARIFMaxResults)},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:        sarifTool{Driver: driver},
			Invocations: []sarifInvocation{inv},
			OriginalURIBaseIDs: map[string]sarifBaseID{
				srcRoot: {Description: sarifMessage{Text: "The folder the paths are relative to (the repository root)."}},
			},
			ColumnKind: "unicodeCodePoints",
			Results:    []sarifResult{},
		}},
	}
	return writeSARIF(w, log, results)
}

// SARIFMaxResults is the most results one run may hold: code scanning
// rejects a file with more (GitHub's limit is 25,000 results per run).
const SARIFMaxResults = 25000

// sarifRank orders levels from the most severe.
var sarifRank = map[string]int{"error": 0, "warning": 1, "note": 2, "none": 3}

// capResults keeps the limit most severe results, in their original order
// (by file, then position), earlier ones first among equals.
func capResults(results []sarifResult, limit int) []sarifResult {
	var count [4]int
	for _, r := range results {
		count[sarifRank[r.Level]]++
	}
	// the lowest level kept whole, and how many of the next level fit
	cut, room := 0, limit
	for cut < len(count) && count[cut] <= room {
		room -= count[cut]
		cut++
	}
	out := results[:0:0]
	for _, r := range results {
		switch rank := sarifRank[r.Level]; {
		case rank < cut:
			out = append(out, r)
		case rank == cut && room > 0:
			out = append(out, r)
			room--
		}
	}
	return out
}

// writeSARIF writes the log indented, streaming the results one by one:
// indenting one huge document costs far more than indenting many small ones.
// The output is byte-identical to encoding the whole log at once.
func writeSARIF(w io.Writer, log sarifLog, results []sarifResult) error {
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return err
	}
	const key = `"results": [`
	doc := head.Bytes()
	cut := bytes.LastIndex(doc, []byte(key+"]")) + len(key)
	bw := bufio.NewWriter(w)
	bw.Write(doc[:cut])
	const indent = "      " // the depth of run.results
	var item bytes.Buffer
	ienc := json.NewEncoder(&item)
	ienc.SetIndent(indent+"  ", "  ")
	ienc.SetEscapeHTML(false)
	for i := range results {
		item.Reset()
		if err := ienc.Encode(&results[i]); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n" + indent + "  ")
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
	}
	if len(results) > 0 {
		bw.WriteString("\n" + indent)
	}
	bw.Write(doc[cut:])
	return bw.Flush()
}

// regionOf places a span. With the file's index the region is exact and
// carries character offsets; without it the linter's positions are used.
func regionOf(x *srcIndex, sp lint.Span, start, end lint.Position, excerpt string) *sarifRegion {
	if x == nil {
		reg := &sarifRegion{StartLine: start.Line, StartColumn: start.Column, EndLine: end.Line, EndColumn: end.Column}
		if excerpt != "" {
			reg.Snippet = &sarifMessage{Text: excerpt}
		}
		return reg
	}
	reg := x.region(sp)
	return &reg
}

func (x *srcIndex) region(sp lint.Span) sarifRegion {
	sp = x.span(sp)
	sl, sc, so := x.pos(sp.Start)
	el, ec, eo := x.pos(sp.End)
	n := eo - so
	reg := sarifRegion{StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec, CharOffset: &so, CharLength: &n}
	if sp.Len() > 0 {
		reg.Snippet = &sarifMessage{Text: string(x.src[sp.Start:sp.End])}
	}
	return reg
}

func fixOf(x *srcIndex, art sarifArtifactLocation, d engine.Diagnostic) sarifFix {
	desc := d.Suggestion
	if desc == "" {
		desc = "Apply the fix of " + d.Rule
	}
	ch := sarifArtifactChange{ArtifactLocation: art}
	for _, e := range d.Fix {
		reg := x.region(e.Span)
		reg.Snippet = nil
		ch.Replacements = append(ch.Replacements, sarifReplacement{DeletedRegion: reg, InsertedContent: &sarifMessage{Text: e.New}})
	}
	return sarifFix{Description: sarifMessage{Text: desc}, ArtifactChanges: []sarifArtifactChange{ch}}
}

// fullDescriptionMax is GitHub's limit on rule descriptions, in characters.
const fullDescriptionMax = 1024

func sarifRuleOf(r lint.Rule, sev lint.Severity, uri string) sarifRule {
	doc := r.Doc()
	short := strings.TrimSpace(doc.Title)
	if short == "" {
		short = r.ID()
	}
	full := strings.Join(strings.Fields(doc.Text), " ")
	if full == "" {
		full = short
	}
	if utf8.RuneCountInString(full) > fullDescriptionMax {
		full = string([]rune(full)[:fullDescriptionMax-1]) + "…"
	}
	name := pascal(r.ID())
	if strings.EqualFold(name, r.ID()) { // consumers want a name that differs from the ID, or none
		name = ""
	}
	return sarifRule{
		ID: r.ID(), Name: name,
		ShortDescription: sarifMessage{Text: short}, FullDescription: sarifMessage{Text: full},
		Help:                 sarifHelp{Text: RuleText(r, sev, uri), Markdown: RuleMarkdown(r, sev)},
		HelpURI:              uri,
		DefaultConfiguration: sarifRuleConfig{Level: SARIFLevel(sev)},
		Properties:           sarifRuleProperty{Tags: []string{"translation"}},
	}
}

// RuleURI links to a rule's section of the rules page.
func RuleURI(id string) string { return RulesDocURI + "#" + id }

// helpURI is a rule's link, or "" when the rules page does not document it
// (a user-defined rule).
func (r *Report) helpURI(id string) string {
	if r.Documented != nil && !r.Documented[id] {
		return ""
	}
	return RuleURI(id)
}

func pascal(id string) string {
	var b strings.Builder
	for _, p := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(p[:1]) + p[1:])
	}
	return b.String()
}

// severityOf is a rule's effective severity in this report.
func (r *Report) severityOf(rule lint.Rule) lint.Severity {
	if s, ok := r.Severity[rule.ID()]; ok && s != lint.SeverityUnset {
		return s
	}
	return rule.DefaultSeverity()
}

// unlistedRule stands in for a rule ID the report's rule list lacks.
type unlistedRule string

func (u unlistedRule) ID() string                     { return string(u) }
func (u unlistedRule) Doc() lint.RuleDoc              { return lint.RuleDoc{Title: string(u)} }
func (u unlistedRule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }

// EncodeURI percent-encodes a slash-separated relative path for a URI
// reference: every byte but the unreserved characters of RFC 3986 and "/".
func EncodeURI(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
