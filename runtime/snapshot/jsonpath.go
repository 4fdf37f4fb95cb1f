package snapshot

// This file holds a small JSONPath evaluator instead of a library: the
// runtime is the module every user of the generated helpers requires, and
// it may depend only on aws-sdk-go-v2's core module and smithy-go, so that
// adding it leaves a user's go.mod as it was apart from the runtime's own
// line. Snapshots need only the subset below, and they need the locations
// that match (to replace or skip what is there), which JSONPath libraries
// do not return.

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A path is a concrete location in a tree: string keys and int indexes.
type path []any

var reIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// formatPath writes p as a JSONPath that locate reads back as the same
// location: $.a.b[0], or $["create-queue"] for keys that are not
// identifiers.
func formatPath(p path) string {
	var b strings.Builder
	b.WriteString("$")
	for _, seg := range p {
		switch s := seg.(type) {
		case int:
			b.WriteString("[" + strconv.Itoa(s) + "]")
		case string:
			if reIdent.MatchString(s) {
				b.WriteString("." + s)
			} else {
				b.WriteString("[" + strconv.Quote(s) + "]")
			}
		}
	}
	return b.String()
}

// A selector is one step of a JSONPath expression: a member by key, a list
// element by index, or every child (wildcard), applied to the current
// node or, after "..", to it and every node below it.
type selector struct {
	key      string
	index    int // -1 unless the step selects a list element
	wildcard bool
	descend  bool
}

// located is a node of the tree with its location.
type located struct {
	at path
	v  any
}

// locate returns the locations of the nodes the JSONPath expression
// matches in tree, in document order with map keys sorted, each once.
// The subset: $ (the root), .key and ["key"] or ['key'] (a dotted key may
// hold hyphens, as in LocalStack's $..HTTPHeaders.content-length), [n],
// .* and [*], and recursive descent ..key, ..* and ..[n]. Filters, scripts,
// slices and unions are refused with an error naming the expression.
func locate(expr string, tree any) ([]path, error) {
	steps, err := parseJSONPath(expr)
	if err != nil {
		return nil, err
	}
	nodes := []located{{at: path{}, v: tree}}
	for _, st := range steps {
		var next []located
		for _, n := range nodes {
			if !st.descend {
				next = st.apply(n, next)
				continue
			}
			descend(n, func(d located) { next = st.apply(d, next) })
		}
		if st.descend {
			// $..a..b reaches a node once per a above it.
			next = distinct(next)
		}
		nodes = next
	}
	out := make([]path, len(nodes))
	for i, n := range nodes {
		out[i] = n.at
	}
	return out, nil
}

// apply appends the nodes st selects below n to out.
func (st selector) apply(n located, out []located) []located {
	child := func(seg any, v any) located {
		return located{at: append(n.at[:len(n.at):len(n.at)], seg), v: v}
	}
	switch x := n.v.(type) {
	case map[string]any:
		if st.wildcard {
			for _, k := range slices.Sorted(maps.Keys(x)) {
				out = append(out, child(k, x[k]))
			}
		} else if v, ok := x[st.key]; ok && st.index < 0 {
			out = append(out, child(st.key, v))
		}
	case []any:
		if st.wildcard {
			for i, v := range x {
				out = append(out, child(i, v))
			}
		} else if st.index >= 0 && st.index < len(x) {
			out = append(out, child(st.index, x[st.index]))
		}
	}
	return out
}

// descend calls fn for n and every node below it, parents first.
func descend(n located, fn func(located)) {
	fn(n)
	wildcard := selector{index: -1, wildcard: true}
	for _, c := range wildcard.apply(n, nil) {
		descend(c, fn)
	}
}

func distinct(nodes []located) []located {
	seen := make(map[string]bool, len(nodes))
	out := nodes[:0]
	for _, n := range nodes {
		if k := formatPath(n.at); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// parseJSONPath splits expr into its steps.
func parseJSONPath(expr string) ([]selector, error) {
	bad := func(pos int, format string, args ...any) error {
		return fmt.Errorf("%q: at offset %d: %s", expr, pos, fmt.Sprintf(format, args...))
	}
	if !strings.HasPrefix(expr, "$") {
		return nil, bad(0, "a path starts with $")
	}
	var steps []selector
	for pos := 1; pos < len(expr); {
		st := selector{index: -1}
		switch {
		case strings.HasPrefix(expr[pos:], ".."):
			st.descend = true
			pos += 2
			if pos < len(expr) && expr[pos] == '[' {
				break
			}
			fallthrough
		case expr[pos] == '.':
			if !st.descend {
				pos++
			}
			if pos < len(expr) && expr[pos] == '*' {
				st.wildcard = true
				pos++
				steps = append(steps, st)
				continue
			}
			end := pos + strings.IndexFunc(expr[pos:], func(r rune) bool { return !isNameRune(r) })
			if end < pos {
				end = len(expr)
			}
			if end == pos {
				return nil, bad(pos, `want a key, "*" or "[" after "."`)
			}
			st.key = expr[pos:end]
			pos = end
			steps = append(steps, st)
			continue
		case expr[pos] != '[':
			r, _ := utf8.DecodeRuneInString(expr[pos:])
			return nil, bad(pos, `want ".", ".." or "[", not %q`, r)
		}
		end, err := parseBracket(expr, pos, &st)
		if err != nil {
			return nil, bad(pos, "%v", err)
		}
		pos = end
		steps = append(steps, st)
	}
	return steps, nil
}

// isNameRune reports whether r may appear in a dotted key; other keys are
// written in brackets.
func isNameRune(r rune) bool {
	return r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// parseBracket reads the bracket step at expr[pos] ('[') into st and
// returns the offset after its ']'.
func parseBracket(expr string, pos int, st *selector) (int, error) {
	i := skipSpaces(expr, pos+1)
	if i >= len(expr) {
		return 0, fmt.Errorf(`unclosed "["`)
	}
	switch c := expr[i]; {
	case c == '?':
		return 0, fmt.Errorf("filter expressions are not supported; use a plain or wildcard path")
	case c == '*':
		st.wildcard = true
		i++
	case c == '"' || c == '\'':
		key, end, err := parseQuoted(expr, i)
		if err != nil {
			return 0, err
		}
		st.key, i = key, end
	case '0' <= c && c <= '9':
		end := i
		for end < len(expr) && '0' <= expr[end] && expr[end] <= '9' {
			end++
		}
		n, err := strconv.Atoi(expr[i:end])
		if err != nil {
			return 0, fmt.Errorf("index %s: %w", expr[i:end], err)
		}
		st.index, i = n, end
	default:
		return 0, fmt.Errorf(`want [n], [*], ["key"] or ['key']`)
	}
	i = skipSpaces(expr, i)
	if i >= len(expr) || expr[i] != ']' {
		return 0, fmt.Errorf(`want "]" at offset %d (slices, unions and scripts are not supported)`, i)
	}
	return i + 1, nil
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// parseQuoted reads the key quoted by expr[pos], a double or a single
// quote, with Go's escapes (formatPath writes keys with strconv.Quote), a
// backslash before a single quote included, and returns it and the offset
// after its closing quote.
func parseQuoted(expr string, pos int) (string, int, error) {
	q := expr[pos]
	var b strings.Builder // the body as a double-quoted Go string
	b.WriteByte('"')
	for i := pos + 1; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == q:
			b.WriteByte('"')
			key, err := strconv.Unquote(b.String())
			if err != nil {
				return "", 0, fmt.Errorf("key %s: bad escape or control character", expr[pos:i+1])
			}
			return key, i + 1, nil
		case c == '\\' && i+1 < len(expr):
			if expr[i+1] != '\'' {
				b.WriteByte('\\')
			}
			b.WriteByte(expr[i+1])
			i++
		case c == '"':
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, fmt.Errorf("unterminated key %s", expr[pos:])
}

// setAt replaces the node at p with fn(node) and returns the (possibly
// new) root.
func setAt(root any, p path, fn func(any) any) any {
	if len(p) == 0 {
		return fn(root)
	}
	switch seg := p[0].(type) {
	case string:
		if m, ok := root.(map[string]any); ok {
			if e, ok := m[seg]; ok {
				m[seg] = setAt(e, p[1:], fn)
			}
		}
	case int:
		if l, ok := root.([]any); ok && seg < len(l) {
			l[seg] = setAt(l[seg], p[1:], fn)
		}
	}
	return root
}
