package format

import (
	"fmt"
	"strings"

	"github.com/translint/translint/lint"
)

// RuleText renders a rule's documentation as plain text (SARIF help.text),
// ending with a link to the rules page when uri is not empty.
func RuleText(r lint.Rule, sev lint.Severity, uri string) string {
	d := r.Doc()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\nDefault severity: %s\n\n%s\n", r.ID(), d.Title, sev, strings.TrimSpace(d.Text))
	if d.Bad != "" {
		fmt.Fprintf(&b, "\nBad:\n%s\n", indentLines(d.Bad, "    "))
	}
	if d.Good != "" {
		fmt.Fprintf(&b, "\nGood:\n%s\n", indentLines(d.Good, "    "))
	}
	if len(d.Options) > 0 {
		b.WriteString("\nOptions:\n")
		for _, o := range d.Options {
			fmt.Fprintf(&b, "  %s (%s, default %s): %s\n", o.Name, o.Type, o.Default, o.Text)
		}
	}
	if uri != "" {
		fmt.Fprintf(&b, "\nMore: %s\n", uri)
	}
	return b.String()
}

// RuleMarkdown renders the body of a rule's documentation as Markdown, with
// level-4 headings: SARIF help.markdown and one section of the rules page.
func RuleMarkdown(r lint.Rule, sev lint.Severity) string {
	d := r.Doc()
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (default severity: %s)\n\n%s\n", escapeMarkdown(d.Title), sev, strings.TrimSpace(d.Text))
	if d.Bad != "" {
		fmt.Fprintf(&b, "\n#### Bad\n\n%s\n", codeBlock(d.Bad))
	}
	if d.Good != "" {
		fmt.Fprintf(&b, "\n#### Good\n\n%s\n", codeBlock(d.Good))
	}
	if len(d.Options) > 0 {
		b.WriteString("\n#### Options\n\n| Option | Type | Default | Description |\n|---|---|---|---|\n")
		for _, o := range d.Options {
			fmt.Fprintf(&b, "| `%s` | %s | `%s` | %s |\n", cell(o.Name), cell(o.Type), cell(o.Default), cell(o.Text))
		}
	}
	return b.String()
}

// RulesPage renders the rules page (docs/rules.md): one section per rule,
// whose heading is the rule ID so that RuleURI's anchor finds it.
func RulesPage(rules []lint.Rule) string {
	var b strings.Builder
	b.WriteString("<!-- Generated from the rules' documentation by `translint rules --format markdown`; do not edit. -->\n\n")
	b.WriteString("# translint rules\n\n")
	if len(rules) == 0 {
		b.WriteString("No rules are built in yet.\n")
		return b.String()
	}
	b.WriteString("| Rule | Severity | Title |\n|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s |\n", r.ID(), r.ID(), r.DefaultSeverity(), cell(r.Doc().Title))
	}
	for _, r := range rules {
		fmt.Fprintf(&b, "\n## %s\n\n%s", r.ID(), RuleMarkdown(r, r.DefaultSeverity()))
	}
	return b.String()
}

func indentLines(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// codeBlock fences s with more backticks than any run inside it.
func codeBlock(s string) string {
	longest, run := 0, 0
	for _, c := range s {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "text\n" + strings.TrimRight(s, "\n") + "\n" + fence
}

func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

func escapeMarkdown(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "<", `\<`)
	return r.Replace(s)
}
