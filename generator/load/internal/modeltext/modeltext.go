// Package modeltext holds the text conventions shared by the model loaders:
// documentation summaries and ARN member names.
package modeltext

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Summary returns the first sentence of an AWS documentation string (HTML
// in most models, sometimes Markdown or plain text) as plain text on one
// line: tags are dropped, entities decoded, whitespace collapsed and control
// characters removed, so that it fits in a Go line comment. The text is
// otherwise kept as is, including sequences such as "*/" or backticks;
// escaping for other contexts is the emitters' job.
//
// A sentence ends at '.', '!' or '?' followed by a space, or at the end of
// the first paragraph-like element when that comes first. A summary longer
// than MaxSummary bytes is cut at the last space before the limit and ends
// with "…", so that a model's documentation never reaches generated code
// whole, whatever its length.
func Summary(doc string) string {
	var b strings.Builder
	space := false // a separator is pending before the next word
	// Entities shrink when decoded: scanning stops well past the limit, not
	// at it, and the decoded text is cut below.
	for i := 0; i < len(doc) && b.Len() <= 8*MaxSummary; {
		c := doc[i]
		if c == '<' {
			j := strings.IndexByte(doc[i:], '>')
			if j < 0 {
				break // an unterminated tag ends the text
			}
			tag := doc[i+1 : i+j]
			i += j + 1
			if endsBlock(tag) && b.Len() > 0 {
				break
			}
			if !inlineTag(tag) {
				space = true
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = true
			i++
			continue
		}
		if space && b.Len() > 0 {
			if sentenceEnd(b.String()) {
				break
			}
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
		i++
	}
	return truncate(oneLine(html.UnescapeString(b.String())))
}

// MaxSummary is the longest summary Summary returns, in bytes.
const MaxSummary = 1000

// truncate cuts s to at most MaxSummary bytes at a space (or, in text
// without one, at a rune boundary), marking the cut with "…".
func truncate(s string) string {
	if len(s) <= MaxSummary {
		return s
	}
	const mark = "…"
	cut := MaxSummary - len(mark)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > 0 {
		cut = sp
	}
	return s[:cut] + mark
}

// oneLine turns line breaks that entities such as &#10; decode to (a line
// break would end a // comment, and makes jennifer switch to a /* */
// comment that a "*/" in the text closes) and characters Go source cannot
// hold (NUL, other control characters, byte order marks) into single spaces.
func oneLine(s string) string {
	if plainLine(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || unicode.IsControl(r) || r == '\ufeff'
	}), " ")
}

// plainLine reports s as oneLine would return it: printable ASCII with
// single spaces between words, which most summaries are; checking is much
// cheaper than splitting and joining.
func plainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// sentenceEnd reports text that ends a sentence, leaving out common
// abbreviations that AWS docs use mid-sentence.
func sentenceEnd(text string) bool {
	if text == "" {
		return false
	}
	switch text[len(text)-1] {
	case '!', '?':
		return true
	case '.':
		for _, abbr := range []string{"e.g.", "i.e.", "etc.", "vs.", "Inc."} {
			if strings.HasSuffix(text, abbr) {
				return false
			}
		}
		return true
	}
	return false
}

func tagName(tag string) string {
	tag = strings.TrimLeft(tag, "/")
	if i := strings.IndexFunc(tag, func(r rune) bool { return unicode.IsSpace(r) || r == '/' }); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// endsBlock reports a closing tag (or <br>) after which the first
// paragraph is over.
func endsBlock(tag string) bool {
	name := tagName(tag)
	if name == "br" {
		return true
	}
	if !strings.HasPrefix(tag, "/") {
		return false
	}
	switch name {
	case "p", "li", "ul", "ol", "div", "note", "important", "fullname", "h1", "h2", "h3", "h4", "dt", "dd", "dl", "td", "tr", "table":
		return true
	}
	return false
}

// inlineTag reports tags that sit inside a word run ("<code>x</code>.") and so
// must not introduce a space.
func inlineTag(tag string) bool {
	switch tagName(tag) {
	case "a", "b", "i", "u", "em", "strong", "code", "span", "sup", "sub":
		return true
	}
	return false
}

// IsARNName reports a member name that by AWS naming convention holds an
// ARN: "Arn", "ARN", or a camel-case word ending in "Arn"/"ARN"
// ("QueueArn", "roleARN"). Loaders use it for models without
// aws.api#arnReference traits, which is every botocore model and most
// Smithy members.
func IsARNName(name string) bool {
	for _, suffix := range []string{"Arn", "ARN"} {
		if rest, ok := strings.CutSuffix(name, suffix); ok {
			if rest == "" {
				return true
			}
			last := rest[len(rest)-1]
			return 'a' <= last && last <= 'z' || '0' <= last && last <= '9'
		}
	}
	return name == "arn"
}
