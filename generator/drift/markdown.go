package drift

import (
	"bytes"
	"fmt"
	"strings"
)

// Markdown renders the report: a summary line, the breaking changes, a
// summary table, then one section per service. limit > 0 caps the size (a GitHub PR body holds
// 65,536 characters): the summary and breaking changes are kept whole as far
// as possible, and service sections that do not fit are replaced by a note.
func (r *Report) Markdown(limit int) []byte {
	var head bytes.Buffer
	r.writeSummary(&head)
	r.writeBreaking(&head)
	r.writeTable(&head)
	sections := make([][]byte, len(r.Services))
	for i, s := range r.Services {
		var b bytes.Buffer
		s.writeSection(&b)
		sections[i] = b.Bytes()
	}
	total := head.Len()
	for _, sec := range sections {
		total += len(sec)
	}
	out := head.Bytes()
	if limit <= 0 || total <= limit {
		for _, sec := range sections {
			out = append(out, sec...)
		}
		return out
	}
	// total > limit, so the loop stops at the last section at the latest.
	i := 0
	for len(out)+len(sections[i])+len(noteFor(len(sections)-i)) <= limit {
		out = append(out, sections[i]...)
		i++
	}
	note := noteFor(len(sections) - i)
	return truncateLines(append(truncateLines(out, limit-len(note)), note...), limit)
}

func noteFor(left int) []byte { return []byte(fmt.Sprintf(truncNote, left)) }

const truncNote = "\n_Report truncated: %d more service sections; the full report is in the JSON output (`gen drift -json`)._\n"

// truncateLines cuts b at the last line break before n bytes.
func truncateLines(b []byte, n int) []byte {
	if n <= 0 {
		return nil
	}
	if len(b) <= n {
		return b
	}
	if i := bytes.LastIndexByte(b[:n], '\n'); i >= 0 {
		return b[:i+1]
	}
	return b[:0]
}

func (r *Report) writeSummary(b *bytes.Buffer) {
	fmt.Fprintf(b, "# API drift\n\nFrom `%s` to `%s`: ", r.Old, r.New)
	if len(r.Services) == 0 {
		b.WriteString("no API changes.\n")
		return
	}
	fmt.Fprintf(b, "%d services changed, %d breaking changes.\n", len(r.Services), len(r.Breaking))
}

func (r *Report) writeTable(b *bytes.Buffer) {
	if len(r.Services) == 0 {
		return
	}
	b.WriteString("| service | operations added | operations removed | members changed | enums changed | resources added | resources removed | stale files | breaking |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, s := range r.Services {
		name := s.SDKID
		if s.Status != "" {
			name += " (" + s.Status + ")"
		}
		fmt.Fprintf(b, "| [%s](#%s) | %d | %d | %d | %d | %d | %d | %d | %d |\n", name, anchor(s.SDKID),
			len(s.OperationsAdded), len(s.OperationsRemoved), len(s.Members), len(s.Enums),
			len(s.ResourcesAdded), len(s.ResourcesRemoved), len(s.Stale), s.Breaking)
	}
	b.WriteByte('\n')
}

func (r *Report) writeBreaking(b *bytes.Buffer) {
	if len(r.Services) == 0 {
		return
	}
	if len(r.Breaking) == 0 {
		b.WriteString("\n## Breaking changes\n\nNone.\n\n")
		return
	}
	fmt.Fprintf(b, "\n## ⚠️ Breaking changes (%d)\n\n", len(r.Breaking))
	for _, br := range r.Breaking {
		fmt.Fprintf(b, "- **%s**: %s\n", br.Service, br.What)
	}
	b.WriteByte('\n')
}

func (s *ServiceReport) writeSection(b *bytes.Buffer) {
	fmt.Fprintf(b, "## %s\n\n", s.SDKID)
	if s.Status != "" {
		fmt.Fprintf(b, "Service %s.\n\n", s.Status)
	}
	nameList(b, "Operations added", s.OperationsAdded)
	nameList(b, "Operations removed", s.OperationsRemoved)
	if len(s.Members) > 0 {
		fmt.Fprintf(b, "<details><summary>Members changed (%d)</summary>\n\n", len(s.Members))
		b.WriteString("| type | member | change | old type | new type |\n|---|---|---|---|---|\n")
		for _, m := range s.Members {
			change := m.Change
			if m.Breaking {
				change = "**" + change + "**"
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", m.Shape, m.Member, change, code(m.Old), code(m.New))
		}
		b.WriteString("\n</details>\n\n")
	}
	if len(s.Enums) > 0 {
		fmt.Fprintf(b, "<details><summary>Enums changed (%d)</summary>\n\n", len(s.Enums))
		for _, e := range s.Enums {
			fmt.Fprintf(b, "- %s:", e.Shape)
			if len(e.Added) > 0 {
				fmt.Fprintf(b, " added %s", codeList(e.Added))
			}
			if len(e.Removed) > 0 {
				if len(e.Added) > 0 {
					b.WriteString(";")
				}
				fmt.Fprintf(b, " **removed** %s", codeList(e.Removed))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n</details>\n\n")
	}
	resourceList(b, "Top-level resources added", s.ResourcesAdded)
	resourceList(b, "Top-level resources removed", s.ResourcesRemoved)
	if len(s.Stale) > 0 {
		fmt.Fprintf(b, "Generated files affected (%d):\n\n", len(s.Stale))
		for _, f := range s.Stale {
			what := f.Change
			if f.Change == "comments" {
				what = "changed (comments only)"
			}
			if f.UserOwned {
				what += " skeleton"
				if f.Change == "orphaned" {
					what += " (user-owned, kept; delete it when no longer needed)"
				}
			}
			fmt.Fprintf(b, "- `%s` %s\n", f.Path, what)
		}
		b.WriteString("\n")
	}
}

func nameList(b *bytes.Buffer, title string, names []string) {
	if len(names) > 0 {
		fmt.Fprintf(b, "%s (%d): %s\n\n", title, len(names), codeList(names))
	}
}

func resourceList(b *bytes.Buffer, title string, rs []Resource) {
	if len(rs) == 0 {
		return
	}
	items := make([]string, len(rs))
	for i, r := range rs {
		fixture := "no fixture"
		if r.Fixture {
			fixture = "with fixture"
		}
		items[i] = "`" + r.Name + "` (" + fixture + ")"
	}
	fmt.Fprintf(b, "%s (%d): %s\n\n", title, len(rs), strings.Join(items, ", "))
}

func codeList(names []string) string {
	items := make([]string, len(names))
	for i, n := range names {
		items[i] = code(n)
	}
	return strings.Join(items, ", ")
}

// code formats s as inline code that is safe inside a table cell.
func code(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ReplaceAll(s, "|", `\|`)
	if strings.Contains(s, "`") {
		return "`` " + s + " ``"
	}
	return "`" + s + "`"
}

// anchor is GitHub's heading anchor for a service section.
func anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || ('a' <= r && r <= 'z') || ('0' <= r && r <= '9'):
			b.WriteRune(r)
		}
	}
	return b.String()
}
