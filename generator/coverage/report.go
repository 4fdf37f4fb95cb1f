package coverage

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// WriteMarkdown writes the report as a summary table followed by one
// section per implementation with its overridden and NotImplemented lists.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Operation coverage: %s\n\n", strings.Join(r.Patterns, " "))
	b.WriteString("| service | implementation | operations | hand-written | generated lifecycle | NotImplemented | coverage |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Services {
		fmt.Fprintf(&b, "| %s | `%s` | %d | %d | %d | %d | %.1f%% |\n",
			s.Name, s.Implementation, s.Total(), s.HandWritten(), s.Generated(), len(s.NotImplemented), s.Percent())
	}
	for _, s := range r.Services {
		fmt.Fprintf(&b, "\n## %s: `%s`\n\n", s.Name, s.Implementation)
		fmt.Fprintf(&b, "Stubs `%s` for `%s`.", s.StubPackage, s.SDKPackage)
		if s.Receiver == "" {
			fmt.Fprintf(&b, " **The type does not satisfy `%s.Server`** (a method with a different signature, or an operation ambiguous between two embedded stubs).", s.StubPackage)
		} else {
			fmt.Fprintf(&b, " Bind with `WithServer(%s)`.", receiverExpr(s.Receiver))
		}
		fmt.Fprintf(&b, "\n\nOverridden (%d, %d by the generated lifecycle fake):\n\n", len(s.Overridden), s.Generated())
		for _, op := range s.Overridden {
			fmt.Fprintf(&b, "- %s", op.Name)
			switch {
			case op.Generated:
				b.WriteString(" (generated lifecycle)")
			case op.DeclaredBy != s.Implementation:
				fmt.Fprintf(&b, " (promoted from `%s`)", op.DeclaredBy)
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "\nNotImplemented (%d): %s\n", len(s.NotImplemented), strings.Join(s.NotImplemented, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// receiverExpr shows how a value of the receiver is written: &T{} or T{}.
func receiverExpr(recv string) string {
	if t, ok := strings.CutPrefix(recv, "*"); ok {
		return "&" + t + "{…}"
	}
	return recv + "{…}"
}

//go:embed report.html.tmpl
var htmlText string

var htmlTemplate = template.Must(template.New("report.html.tmpl").Option("missingkey=error").Funcs(template.FuncMap{
	"percent": func(s Service) string { return fmt.Sprintf("%.1f%%", s.Percent()) },
	"join":    strings.Join,
}).Parse(htmlText))

// WriteHTML writes the report as a self-contained static page: no scripts,
// no external resources; NotImplemented lists are collapsible.
func (r *Report) WriteHTML(w io.Writer) error {
	return htmlTemplate.Execute(w, r)
}
