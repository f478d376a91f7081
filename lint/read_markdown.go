package lint

// readMarkdown is replaced by the goldmark reader.
func readMarkdown(d *Document) { readText(d) }
