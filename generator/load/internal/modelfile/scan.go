package modelfile

import (
	"bytes"
	"fmt"

	"github.com/awsparity/awsparity/generator/ir"
)

// Format is a model file's format, told by its top-level keys.
type Format int

const (
	// NotAModel is JSON that is neither format (endpoints.json, _retry.json).
	NotAModel Format = iota
	// Smithy is a Smithy JSON AST: a top-level "smithy" key.
	Smithy
	// Botocore is a botocore service model: "metadata" and "operations".
	Botocore
)

// Scanned is what Scan learns of a file without decoding it.
type Scanned struct {
	Format Format
	// SDKID and EndpointPrefix are the service's ids, as Smithy's
	// aws.api#service trait or botocore's metadata (serviceId) state them.
	SDKID, EndpointPrefix string
	// IDsKnown reports that the ids above are the file's only service's:
	// false for several services, a service without the trait, or ids
	// written with escapes. Then only a full load can tell.
	IDsKnown bool
}

// Scan is the one pre-scan of a model file: a single pass over its bytes
// that enforces MaxDepth, MaxString and MaxShapes before anything is
// decoded (errors name the file, the JSON path and the limit), tells the format, and reads the service's ids so
// that a file no selected service is in can be skipped undecoded. It
// tolerates invalid JSON, which decoding then reports with its place.
func Scan(file string, data []byte) (Scanned, error) {
	var (
		stack   = make([]level, 0, 16)
		wantKey bool // the next string is an object key
		ids     idScan
		shapes  int // shapes, members and botocore operations declared
	)
	for i := 0; i < len(data); {
		switch c := data[i]; c {
		case '{', '[':
			if len(stack) == MaxDepth {
				path, _ := PathAt(data, int64(i+1))
				return Scanned{}, &ir.Error{File: file, Path: path,
					Msg: fmt.Sprintf("JSON nested deeper than the limit of %d levels", MaxDepth)}
			}
			if c == '{' {
				ids.open(stack)
			}
			stack = append(stack, level{object: c == '{'})
			wantKey = c == '{'
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			wantKey = false
			i++
		case ',':
			wantKey = len(stack) > 0 && stack[len(stack)-1].object
			i++
		case '"':
			j := stringEnd(data, i)
			if n := j - i - 2; n > MaxString {
				path, _ := PathAt(data, int64(i+1))
				line, _ := LineCol(data, int64(i))
				return Scanned{}, &ir.Error{File: file, Path: path,
					Msg: fmt.Sprintf("string of %d bytes at line %d is longer than the limit of %d KiB", n, line, MaxString>>10)}
			}
			lit := data[i+1 : max(j-1, i+1)]
			if wantKey && len(stack) > 0 {
				stack[len(stack)-1].key = lit
				wantKey = false
				if len(stack) == 1 {
					ids.topKey(lit)
				}
				// An escaped key near the top may decode to one the scan
				// looks for: only decoding can tell.
				if len(stack) <= 5 && bytes.IndexByte(lit, '\\') >= 0 {
					ids.escaped = true
				}
				if declares(stack) {
					if shapes++; shapes > MaxShapes {
						path, _ := PathAt(data, int64(i+1))
						return Scanned{}, &ir.Error{File: file, Path: Key(path, unquote(data[i:j])),
							Msg: fmt.Sprintf("more than the limit of %d shapes, members and operations", MaxShapes)}
					}
				}
			} else {
				ids.value(stack, lit)
			}
			i = j
		default:
			// Indentation and numbers are most of what is not in strings:
			// a tight loop over them beats the switch byte by byte.
			for i++; i < len(data) && !structural[data[i]]; i++ {
			}
		}
	}
	return ids.result(), nil
}

// declares reports a stack whose innermost key names a shape
// ($.shapes[id]), a member ($.shapes[id].members[name]) or a botocore
// operation ($.operations[name]): what decoding allocates most for.
func declares(stack []level) bool {
	switch len(stack) {
	case 2:
		return keyIs(stack, 0, "shapes") || keyIs(stack, 0, "operations")
	case 4:
		return keyIs(stack, 0, "shapes") && keyIs(stack, 2, "members")
	}
	return false
}

// structural marks the bytes Scan acts on.
var structural = [256]bool{'{': true, '}': true, '[': true, ']': true, ',': true, '"': true}

// level is one open object or array during Scan.
type level struct {
	object bool
	key    []byte // an object's current key, raw
}

// idScan collects, during Scan, the keys and values that tell a file's
// format and service ids.
type idScan struct {
	smithy, metadata, operations bool
	// serviceShapes counts $.shapes[*].type == "service"; traits counts
	// $.shapes[*].traits["aws.api#service"] objects.
	serviceShapes, traits      int
	sdkID, serviceID, endpoint []byte
	escaped                    bool
}

// keyIs reports whether the key at stack[d] is key, matched as
// encoding/json matches struct fields (case folded), so that the scan
// reads what decoding will.
func keyIs(stack []level, d int, key string) bool { return fold(stack[d].key, key) }

func fold(b []byte, s string) bool { return bytes.EqualFold(b, []byte(s)) }

// inServiceTrait reports a stack at $.shapes[id].traits["aws.api#service"].
func inServiceTrait(stack []level) bool {
	return len(stack) == 4 && keyIs(stack, 0, "shapes") && keyIs(stack, 2, "traits") && keyIs(stack, 3, "aws.api#service")
}

func (s *idScan) open(stack []level) {
	if inServiceTrait(stack) {
		s.traits++
	}
}

func (s *idScan) topKey(key []byte) {
	switch {
	case fold(key, "smithy"):
		s.smithy = true
	case fold(key, "metadata"):
		s.metadata = true
	case fold(key, "operations"):
		s.operations = true
	}
}

func (s *idScan) value(stack []level, lit []byte) {
	n := len(stack)
	switch {
	case n == 3 && keyIs(stack, 0, "shapes") && keyIs(stack, 2, "type"):
		if string(lit) == "service" || bytes.IndexByte(lit, '\\') >= 0 {
			s.serviceShapes++
		}
		return
	case n == 5 && inServiceTrait(stack[:4]):
		switch key := stack[4].key; {
		case fold(key, "sdkId"):
			s.sdkID = lit
		case fold(key, "endpointPrefix"):
			s.endpoint = lit
		default:
			return
		}
	case n == 2 && keyIs(stack, 0, "metadata"):
		switch key := stack[1].key; {
		case fold(key, "serviceId"):
			s.serviceID = lit
		case fold(key, "endpointPrefix"):
			s.endpoint = lit
		default:
			return
		}
	default:
		return
	}
	s.escaped = s.escaped || bytes.IndexByte(lit, '\\') >= 0
}

func (s *idScan) result() Scanned {
	var out Scanned
	switch {
	case s.smithy:
		out = Scanned{Format: Smithy, SDKID: string(s.sdkID),
			IDsKnown: s.serviceShapes == 1 && s.traits == 1 && s.sdkID != nil}
	case s.metadata && s.operations:
		out = Scanned{Format: Botocore, SDKID: string(s.serviceID),
			IDsKnown: s.serviceID != nil && s.endpoint != nil}
	default:
		return out
	}
	out.EndpointPrefix = string(s.endpoint)
	out.IDsKnown = out.IDsKnown && !s.escaped
	return out
}
