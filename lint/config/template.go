package config

// Template is the commented configuration `translint init` writes. Every
// setting in it is the default, so a fresh file changes nothing until it is
// edited; the commented blocks show the rest of the syntax.
const Template = `# translint configuration. Each article uses the nearest .translint.yaml in
# its folder or above, up to the repository root; 'translint check --config
# FILE' uses one file for everything. Reference: docs/configuration.md.

# Target language of the articles (ISO 639-1). An article's own declaration
# (front matter lang, <html lang>) wins; 'check --lang' overrides this.
lang: en

# Languages the articles were translated from. Rules with a "languages"
# option (untranslated fragments) use them unless set for the rule itself.
languages: []

# Rule settings by rule id ('translint rules' lists them). A value is a
# severity (error, warning, info, off), true/false, or a mapping with
# enabled, severity and the rule's options ('translint explain RULE').
rules:
  # unused-directive: error
  #
  # A user-defined rule has a kind: phrase (a list of phrases; a block that
  # opens with one is flagged, or any occurrence with inline: true) or
  # pattern (an RE2 regular expression). Its examples are checked on load.
  # telegram-promo:
  #   kind: phrase
  #   phrases: ["Subscribe to our Telegram channel"]
  #   message: "channel promotion left in the article"
  #   severity: error
  #   examples:
  #     bad: ["Subscribe to our Telegram channel"]
  #     good: ["The ministry has a Telegram channel."]

# Settings for some files only (globs relative to this file's folder; a
# glob without a slash matches a file or folder name at any depth).
overrides: []
# overrides:
#   - files: ["archive/**"]
#     lang: de
#     rules:
#       unused-directive: off

# Terms never flagged: a finding whose text is one of them is dropped
# (case and punctuation ignored). /.../ is an RE2 expression.
allow: []
# allow: ["Verkhovna Rada", "/[A-Z]{2,6}-\\d+/"]

# Paths never linted when folders are walked (doublestar globs).
exclude: []
# exclude: ["drafts/", "**/*.tmp.md"]

# Where the project keeps its translations, {lang} standing for the language
# code. Built in: "index.de.md", Hugo's content/de/ and Docusaurus's i18n/de/.
lang-paths: []
# lang-paths: ["docs/{lang}/**"]

# Where the originals of the translations are, for the source rules: their
# language and a pattern with {lang}, {path} (folders and name) and {name}
# (part of one name). The original of content/de/a.md is content/en/a.md.
source:
# source: {lang: en, path: "content/{lang}/{path}"}
`
