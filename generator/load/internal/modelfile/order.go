package modelfile

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// MemberOrder returns, for every shape in $.shapes, the keys of its "members"
// object in document order. Both Smithy JSON AST and botocore keep members
// there, and Go maps forget the order that SDK structs follow.
//
// data must already have been decoded successfully by encoding/json, so it is
// valid JSON; keys are matched case-insensitively, as encoding/json matches
// struct fields. A shape whose members repeat a name lists it twice, which
// callers report as an error.
func MemberOrder(data []byte) map[string][]string {
	order := make(map[string][]string)
	s := scanner{data: data}
	s.object(func(key string) {
		if !strings.EqualFold(key, "shapes") {
			s.skipValue()
			return
		}
		s.object(func(id string) {
			s.object(func(key string) {
				if !strings.EqualFold(key, "members") {
					s.skipValue()
					return
				}
				var names []string
				s.object(func(name string) {
					names = append(names, name)
					s.skipValue()
				})
				order[id] = names
			})
		})
	})
	return order
}

// scanner walks valid JSON without building values.
type scanner struct {
	data []byte
	i    int
}

func (s *scanner) ws() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

// object calls fn for each key of the object at the cursor, with the cursor
// on the key's value; fn must consume the value. A non-object is skipped.
func (s *scanner) object(fn func(key string)) {
	s.ws()
	if s.i >= len(s.data) || s.data[s.i] != '{' {
		s.skipValue()
		return
	}
	s.i++
	for {
		s.ws()
		if s.i >= len(s.data) || s.data[s.i] == '}' {
			s.i++
			return
		}
		if s.data[s.i] == ',' {
			s.i++
			continue
		}
		start := s.i
		s.i = stringEnd(s.data, s.i)
		lit := s.data[start:s.i]
		var key string
		// Keys without escapes are used as is; anything else goes through
		// encoding/json so that names match the decoded map's keys exactly
		// (it replaces invalid UTF-8, for one).
		if len(lit) >= 2 && lit[len(lit)-1] == '"' && bytes.IndexByte(lit, '\\') < 0 && utf8.Valid(lit) {
			key = string(lit[1 : len(lit)-1])
		} else {
			key = unquote(lit)
		}
		s.ws()
		s.i++ // ':'
		fn(key)
	}
}

// skipValue moves the cursor past the value at the cursor.
func (s *scanner) skipValue() {
	s.ws()
	depth := 0
	for s.i < len(s.data) {
		switch c := s.data[s.i]; c {
		case '"':
			s.i = stringEnd(s.data, s.i)
			if depth == 0 {
				return
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				s.i++
				return
			}
			if depth < 0 {
				return // the end of an enclosing object: nothing to skip
			}
		case ',':
			if depth == 0 {
				return
			}
		}
		s.i++
		if depth == 0 && s.i < len(s.data) && isDelim(s.data[s.i]) {
			return // end of a number or literal
		}
	}
}
