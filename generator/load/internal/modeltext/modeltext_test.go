package modeltext

import (
	"strings"
	"testing"
)

func TestSummary(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"", ""},
		{"<p>Creates a queue. Then more.</p>", "Creates a queue."},
		{"<p>Returns the <code>QueueUrl</code>.</p><p>Second.</p>", "Returns the QueueUrl."},
		{"<p>No period here</p><p>Second paragraph.</p>", "No period here"},
		{"<fullname>Amazon SQS</fullname><p>Welcome.</p>", "Amazon SQS"},
		{"Plain\n   text   spread\tout. Next.", "Plain text spread out."},
		{"Use e.g. this, i.e. that. Next.", "Use e.g. this, i.e. that."},
		{"Version 1.5 is <b>great</b>! Really.", "Version 1.5 is great!"},
		{"Escaped &lt;tag&gt; &amp; more. x", "Escaped <tag> & more."},
		{"Comment closers */ and `ticks` stay. x", "Comment closers */ and `ticks` stay."},
		{"<p>Line<br/>break</p>", "Line"},
		{"<p>Unterminated <a href=", "Unterminated"},
		{"<ul><li>Item one</li><li>two</li></ul>", "Item one"},
		// Entities and escapes that decode to line breaks or to characters
		// Go source cannot hold must not leave the one line.
		{"Does&#10;things */ now&#13;&#10; &#9;here. x", "Does things */ now here."},
		{"Nul \x00 and bom \ufeff, bell&#7;. x", "Nul and bom , bell ."},
		{"Keeps&nbsp;non-breaking spaces. x", "Keeps\u00a0non-breaking spaces."},
	}
	for _, tt := range tests {
		if got := Summary(tt.doc); got != tt.want {
			t.Errorf("Summary(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestIsARNName(t *testing.T) {
	for name, want := range map[string]bool{
		"Arn": true, "ARN": true, "arn": true, "QueueArn": true, "roleARN": true, "KmsKeyArn": true, "Ipv6Arn": true,
		"Warn": false, "Barn": false, "ARNs": false, "Arns": false, "QueueUrl": false, "": false, "XARN": false,
	} {
		if got := IsARNName(name); got != want {
			t.Errorf("IsARNName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSummaryCut: documentation without a sentence end (or one that never
// ends) is cut at MaxSummary bytes on a space, marked with "…".
func TestSummaryCut(t *testing.T) {
	long := strings.Repeat("word ", 100000)
	got := Summary("<p>" + long + "</p>")
	if len(got) > MaxSummary || !strings.HasSuffix(got, "word…") || strings.Contains(got, "  ") {
		t.Errorf("Summary(500 KB) = %d bytes ending %q, want at most %d ending in word…", len(got), got[max(0, len(got)-10):], MaxSummary)
	}
	// Without a space, at a rune boundary.
	got = Summary(strings.Repeat("é", MaxSummary))
	if len(got) > MaxSummary || !strings.HasSuffix(got, "é…") {
		t.Errorf("Summary(é…) = %d bytes ending %q", len(got), got[max(0, len(got)-10):])
	}
	if short := "Short enough."; Summary(short) != short {
		t.Errorf("Summary(%q) = %q", short, Summary(short))
	}
}

// TestOneLine covers the plain-line shortcut and the inputs it must leave
// to the full split and join.
func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                            "",
		"Plain text, one line.":       "Plain text, one line.",
		" leading":                    "leading",
		"trailing ":                   "trailing",
		"two  spaces":                 "two spaces",
		"tab\there":                   "tab here",
		"line\nbreak":                 "line break",
		"nul\x00byte":                 "nul byte",
		"del\x7fbyte":                 "del byte",
		"\ufeffbom":                   "bom",
		"c1\u0085control":             "c1 control",
		"caf\u00e9 \u2014 na\u00efve": "caf\u00e9 \u2014 na\u00efve",
		" ":                           "",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}
