package constraints

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
)

// Pattern is a model's @pattern (botocore pattern) in Go's RE2 syntax.
//
// The models write ECMA 262 / Java regular expressions. Compile translates
// what RE2 lacks: \uXXXX escapes, Java's POSIX classes (\p{Alpha}),
// possessive quantifiers, \Z, \h, UTF-16 surrogate pairs, and lookarounds,
// which become separate assertions when they sit at the start or the end
// of the pattern (most lookarounds in the AWS models do). A lookaround
// anywhere else is left out and the pattern marked Partial.
//
// Smithy leaves patterns unanchored, but AWS's request validation (the
// "Member must satisfy regular expression pattern" error) matches the whole
// value: Kinesis refuses the stream name "a !" although [a-zA-Z0-9_.-]+
// occurs in it. A pattern that matches one character at most is the
// exception, a "contains" check: Route 53's CallerReference pattern
// [[:ascii:]] is met by any reference with an ASCII character in it.
type Pattern struct {
	Source string
	// Syntax is the translated pattern without its lookarounds, parsed,
	// for generating values that match it.
	Syntax *syntax.Regexp
	// Partial reports a pattern with a lookaround inside it, which RE2
	// cannot express: MatchString checks the rest of the pattern.
	Partial bool
	// Contains reports a pattern met by any value it occurs in (one that
	// matches one character at most); others must match the whole value.
	Contains bool
	// expr is the translated pattern, unanchored as written.
	expr    string
	re      *regexp.Regexp
	asserts []assertion
}

// assertion is a lookaround at the start or end: the value must (or, when
// negated, must not) match re.
type assertion struct {
	re     *regexp.Regexp
	negate bool
}

// MatchString reports whether s meets the pattern: matches it whole, or
// contains it for a Contains pattern.
func (p *Pattern) MatchString(s string) bool {
	if !p.re.MatchString(s) {
		return false
	}
	for _, a := range p.asserts {
		if a.re.MatchString(s) == a.negate {
			return false
		}
	}
	return true
}

var cache sync.Map // source → compiled or error

type compiled struct {
	p   *Pattern
	err error
}

// Compile translates and compiles a model pattern; results are cached, as
// one pattern serves many shapes and many fixtures.
func Compile(src string) (*Pattern, error) {
	if c, ok := cache.Load(src); ok {
		return c.(compiled).p, c.(compiled).err
	}
	p, err := compile(src)
	cache.Store(src, compiled{p, err})
	return p, err
}

func compile(src string) (*Pattern, error) {
	main, looks, partial, err := translate(src)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	tree, err := syntax.Parse(main, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	contains := maxLen(tree) <= 1
	whole := main
	if !contains {
		whole = `^(?:` + main + `)$`
	}
	re, err := regexp.Compile(whole)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	p := &Pattern{Source: src, Syntax: tree, Partial: partial, Contains: contains, expr: main, re: re}
	for _, l := range looks {
		expr := "^(?:" + l.body + ")"
		if l.behind {
			expr = "(?:" + l.body + ")$"
		}
		are, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: lookaround %q: %w", src, l.body, err)
		}
		p.asserts = append(p.asserts, assertion{re: are, negate: l.negate})
	}
	return p, nil
}

// unbounded is maxLen's answer for a repetition without an upper bound.
const unbounded = 1 << 30

// maxLen is the most characters a match of re can span.
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture:
		return maxLen(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if maxLen(re.Sub[0]) == 0 {
			return 0
		}
		return unbounded
	case syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxLen(re.Sub[0])
		if re.Max < 0 && n > 0 {
			return unbounded
		}
		return min(n*max(re.Max, 0), unbounded)
	case syntax.OpConcat:
		sum := 0
		for _, sub := range re.Sub {
			sum = min(sum+maxLen(sub), unbounded)
		}
		return sum
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			most = max(most, maxLen(sub))
		}
		return most
	}
	// Empty matches and anchors span nothing.
	return 0
}

type lookaround struct {
	body           string
	negate, behind bool
}

// posix maps Java's \p{…} POSIX class names to RE2's [:…:].
var posix = map[string]string{
	"Alpha": "alpha", "Alnum": "alnum", "Punct": "punct", "Digit": "digit", "Upper": "upper",
	"Lower": "lower", "Space": "space", "Print": "print", "Graph": "graph", "ASCII": "ascii",
	"XDigit": "xdigit", "Cntrl": "cntrl", "Blank": "blank",
}

// translate rewrites src into RE2 syntax and takes out its lookarounds.
func translate(src string) (_ string, _ []lookaround, partial bool, _ error) {
	var out strings.Builder
	var looks []lookaround
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			n := src[i+1]
			switch {
			case n == 'u' && i+5 < len(src) && isHex(src[i+2:i+6]):
				hi, _ := strconv.ParseUint(src[i+2:i+6], 16, 32)
				// A UTF-16 surrogate pair (\uD800\uDC00) is one code point.
				if lo, ok := lowSurrogate(src[i+6:]); ok && 0xd800 <= hi && hi < 0xdc00 {
					fmt.Fprintf(&out, `\x{%X}`, utf16.DecodeRune(rune(hi), rune(lo)))
					i += 11
					continue
				}
				out.WriteString(`\x{` + src[i+2:i+6] + `}`)
				i += 5
				continue
			case n == 'Z':
				out.WriteString(`\z`)
			case n == 'h':
				if inClass {
					out.WriteString(`\t `)
				} else {
					out.WriteString(`[\t ]`)
				}
			case n == 'p' || n == 'P':
				end := strings.IndexByte(src[i:], '}')
				if src[i+2:i+3] == "{" && end > 0 {
					name := src[i+3 : i+end]
					if cls, ok := posix[strings.TrimPrefix(name, "Is")]; ok {
						neg := ""
						if n == 'P' {
							neg = "^"
						}
						if inClass {
							out.WriteString("[:" + neg + cls + ":]")
						} else {
							out.WriteString("[[:" + neg + cls + ":]]")
						}
						i += end
						continue
					}
					switch name {
					case "IsAlphabetic":
						name = "L"
					case "IsWhitespace", "IsWhite_Space", "javaWhitespace":
						out.WriteString(`\s`)
						i += end
						continue
					}
					out.WriteString(`\` + string(n) + "{" + name + "}")
					i += end
					continue
				}
				out.WriteString(src[i : i+2])
			case isWordByte(n) && !strings.ContainsRune(`dDwWsSbBAzpPtnrfvx0123456789`, rune(n)):
				// Java lets any letter be escaped; RE2 rejects those it does not know.
				out.WriteByte(n)
			case !isWordByte(n) && n < 0x80:
				out.WriteString(src[i : i+2])
			default:
				out.WriteString(src[i : i+2])
			}
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			if c == '[' && i+1 < len(src) && src[i+1] != ':' {
				// A literal [ inside a class (Java allows it bare).
				out.WriteString(`\[`)
				continue
			}
			out.WriteByte(c)
		case c == '[':
			inClass = true
			out.WriteByte(c)
			// A ] right after [ or [^ is a literal.
			if strings.HasPrefix(src[i+1:], "^]") {
				out.WriteString(`^\]`)
				i += 2
			} else if strings.HasPrefix(src[i+1:], "]") {
				out.WriteString(`\]`)
				i++
			}
		case c == '(' && strings.HasPrefix(src[i:], "(?=") || strings.HasPrefix(src[i:], "(?!") ||
			strings.HasPrefix(src[i:], "(?<=") || strings.HasPrefix(src[i:], "(?<!"):
			behind := src[i+2] == '<'
			open := i + 3
			if behind {
				open++
			}
			end, err := closeParen(src, open)
			if err != nil {
				return "", nil, false, err
			}
			body := src[open:end]
			negate := src[open-1] == '!'
			atStart := strings.Trim(out.String(), "^(?:") == "" && !behind
			atEnd := behind && strings.Trim(src[end+1:], "$)") == ""
			i = end
			b, inner, innerPartial, err := translate(body)
			if !atStart && !atEnd || err != nil || len(inner) > 0 || innerPartial {
				// RE2 cannot say what a lookaround inside a pattern means:
				// the rest of the pattern is still checked.
				partial = true
				continue
			}
			looks = append(looks, lookaround{body: b, negate: negate, behind: behind})
		case c == '{' && !inClass:
			// RE2 allows counts up to 1000; a larger maximum is left open
			// (the model's length bound still applies), a larger minimum
			// cannot be.
			end := strings.IndexByte(src[i:], '}')
			lo, hi, ok := strings.Cut(src[i+1:i+max(end, 1)], ",")
			if end < 0 || !isDigits(lo) || (ok && hi != "" && !isDigits(hi)) {
				out.WriteByte(c)
				continue
			}
			if len(lo) > 3 && lo > "1000" || len(lo) > 4 {
				return "", nil, false, fmt.Errorf("repeat count {%s} is over RE2's 1000", src[i+1:i+end])
			}
			if ok && (len(hi) > 4 || len(hi) == 4 && hi > "1000") {
				out.WriteString("{" + lo + ",}")
			} else {
				out.WriteString(src[i : i+end+1])
			}
			i += end
		case (c == '+') && i > 0 && strings.IndexByte("*+?}", src[i-1]) >= 0 && !(i > 1 && src[i-2] == '\\'):
			// Possessive quantifier: same matches, as far as one value goes.
		default:
			out.WriteByte(c)
		}
	}
	return out.String(), looks, partial, nil
}

// closeParen returns the index of the ) closing the group whose body
// starts at from.
func closeParen(src string, from int) (int, error) {
	depth, inClass := 1, false
	for i := from; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth == 0 {
				return i, nil
			}
		}
	}
	return 0, fmt.Errorf("unclosed group at offset %d", from)
}

// lowSurrogate reads a \uDC00-\uDFFF escape at the start of s.
func lowSurrogate(s string) (uint64, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' || !isHex(s[2:6]) {
		return 0, false
	}
	lo, _ := strconv.ParseUint(s[2:6], 16, 32)
	return lo, 0xdc00 <= lo && lo <= 0xdfff
}

func isHex(s string) bool {
	for i := range len(s) {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// RE2 returns the pattern in Go's regexp syntax, unanchored as the model
// writes it, when that alone decides a match (no lookaround taken out), for
// generated code that checks values at test time without this package;
// Contains says whether a value need only contain it.
func (p *Pattern) RE2() (string, bool) {
	if p.Partial || len(p.asserts) > 0 {
		return "", false
	}
	return p.expr, true
}
