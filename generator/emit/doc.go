package emit

import (
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
)

// docWidth is where doc comments wrap, "// " included, as gofmt'd SDK code
// does about.
const docWidth = 80

// tabWidth is how many columns a tab of indentation counts for.
const tabWidth = 4

// Doc renders text as a doc comment wrapped at about 80 columns; a blank
// line ("\n\n") starts a new paragraph. It ends after the last comment
// line: follow it with Line() before code in the same statement.
func Doc(text string) *jen.Statement { return DocAt(0, text) }

// DocAt is Doc for a comment indented by tabs tabs, inside a function or
// a type.
func DocAt(tabs int, text string) *jen.Statement {
	var lines []string
	for i, para := range strings.Split(text, "\n\n") {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, Wrap(para, docWidth-tabs*tabWidth-len("// "))...)
	}
	code := jen.Null()
	for i, line := range lines {
		if i > 0 {
			code.Line()
		}
		code.Comment(line)
	}
	return code
}

// Wrap breaks text into lines of at most width characters at spaces; a
// word longer than width gets a line of its own.
func Wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Phrase turns a Go or model name into lower-case words, keeping acronyms
// as they are: LogGroup → "log group", DBInstance → "DB instance".
func Phrase(name string) string {
	r := []rune(name)
	var words []string
	start := 0
	for i := 1; i <= len(r); i++ {
		if i < len(r) && !(unicode.IsUpper(r[i]) && (unicode.IsLower(r[i-1]) ||
			unicode.IsDigit(r[i-1]) || unicode.IsUpper(r[i-1]) && i+1 < len(r) && unicode.IsLower(r[i+1]))) {
			continue
		}
		w := string(r[start:i])
		if len(w) < 2 || !unicode.IsUpper([]rune(w)[1]) {
			w = strings.ToLower(w) // not an acronym
		}
		words = append(words, w)
		start = i
	}
	return strings.Join(words, " ")
}

// anLetters are the letters whose names start with a vowel sound: "an SQS
// queue", "an EC2 instance", but "a KMS key".
const anLetters = "AEFHILMNORSX"

// Article returns "a" or "an" for the words that follow it, by how they are
// spoken: an acronym by its first letter's name ("an SQS queue", "a KMS
// key"), a number by its first word ("an 8", "a 5"), a word by its first
// letter ("an alias", "a topic"), "a" before a "u" spoken "you" ("a user").
func Article(words string) string {
	first, _, _ := strings.Cut(words, " ")
	if first == "" {
		return "a"
	}
	lower := strings.ToLower(first)
	switch {
	case first[0] >= '0' && first[0] <= '9':
		if first[0] == '8' || strings.HasPrefix(first, "11") || strings.HasPrefix(first, "18") {
			return "an"
		}
	case len(first) > 1 && strings.ToUpper(first) == first:
		if strings.IndexByte(anLetters, first[0]) >= 0 {
			return "an"
		}
	case strings.HasPrefix(lower, "us") || strings.HasPrefix(lower, "uni"):
	case strings.IndexByte("aeiou", lower[0]) >= 0:
		return "an"
	}
	return "a"
}
