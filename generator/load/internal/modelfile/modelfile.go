// Package modelfile reads model files and turns JSON decoding failures into
// *ir.Error values that name the file, the line and the JSON path.
package modelfile

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"

	"github.com/awsparity/awsparity/generator/ir"
)

// ReadFile returns the content of path, gunzipped when it is gzip data
// (detected by its magic bytes, so a misnamed file still loads).
func ReadFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, &ir.Error{File: path, Msg: "bad gzip data: " + err.Error()}
	}
	// Compressed models expand about tenfold; sizing the buffer up front
	// avoids repeated growth on the large ones.
	var out bytes.Buffer
	out.Grow(len(data) * 10)
	if _, err := io.Copy(&out, zr); err != nil {
		return nil, &ir.Error{File: path, Msg: "bad gzip data: " + err.Error()}
	}
	return out.Bytes(), nil
}

// DecodeError converts an error from json.Unmarshal(data, ...) into an
// *ir.Error naming the JSON path, line and column where decoding failed.
func DecodeError(file string, data []byte, err error) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &syn):
		path, _ := PathAt(data, syn.Offset)
		if syn.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))) {
			line, col := LineCol(data, syn.Offset)
			return &ir.Error{File: file, Path: path,
				Msg: fmt.Sprintf("truncated JSON: input ends at line %d, column %d (byte %d) inside an unfinished value", line, col, syn.Offset)}
		}
		// The offset counts the offending byte; report that byte's position.
		line, col := LineCol(data, syn.Offset-1)
		return &ir.Error{File: file, Path: path,
			Msg: fmt.Sprintf("invalid JSON at line %d, column %d: %s", line, col, syn.Error())}
	case errors.As(err, &typ):
		path, start := PathAt(data, typ.Offset)
		line, col := LineCol(data, start)
		return &ir.Error{File: file, Path: path,
			Msg: fmt.Sprintf("wrong JSON type at line %d, column %d: got %s, want %s", line, col, typ.Value, jsonKind(typ.Type))}
	}
	return &ir.Error{File: file, Msg: err.Error()}
}

// jsonKind names the JSON type that decodes into t.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "object"
}

// LineCol returns the 1-based line and column of byte offset off.
func LineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = len(before) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// Key appends an object key to a JSON path: .name for identifier-like keys,
// ["key"] for anything else (shape IDs contain '.' and '#').
func Key(path, key string) string {
	if isIdent(key) {
		return path + "." + key
	}
	return path + "[" + strconv.Quote(key) + "]"
}

// Index appends an array index to a JSON path.
func Index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// frame is one open object or array while scanning for a path.
type frame struct {
	object  bool
	haveKey bool
	key     string
	index   int
}

// PathAt returns the JSON path of the innermost value that starts before byte
// offset off, and the offset where that value starts. encoding/json reports
// offsets just past the offending token, so this names the value that failed
// to decode; for truncated input it names the value that was cut off. It
// never fails: on malformed input it returns the best path found so far.
func PathAt(data []byte, off int64) (path string, start int64) {
	end := min(max(int(off), 0), len(data))
	var stack []frame
	last := "$"
	for i := 0; i < end; {
		c := data[i]
		switch c {
		case ' ', '\t', '\r', '\n', ':':
			i++
		case '{', '[':
			last, start = render(stack), int64(i)
			stack = append(stack, frame{object: c == '{'})
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			i++
		case ',':
			if n := len(stack); n > 0 {
				if stack[n-1].object {
					stack[n-1].haveKey = false
				} else {
					stack[n-1].index++
				}
			}
			i++
		case '"':
			j := stringEnd(data, i)
			if n := len(stack); n > 0 && stack[n-1].object && !stack[n-1].haveKey {
				// Until its value starts, a key is a position in its object.
				last, start = render(stack), int64(i)
				stack[n-1].key = unquote(data[i:j])
				stack[n-1].haveKey = true
			} else {
				last, start = render(stack), int64(i)
			}
			i = j
		default:
			last, start = render(stack), int64(i)
			for i < len(data) && !isDelim(data[i]) {
				i++
			}
		}
	}
	return last, start
}

// stringEnd returns the index just past the string literal starting at
// data[i] (or len(data) when it is unterminated).
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); {
		k := bytes.IndexAny(data[j:], `"\`)
		if k < 0 {
			return len(data)
		}
		j += k
		if data[j] == '"' {
			return j + 1
		}
		j += 2 // skip the escaped character
	}
	return len(data)
}

func unquote(lit []byte) string {
	var s string
	if json.Unmarshal(lit, &s) != nil {
		// An unterminated key at the point of truncation: keep what is there.
		return string(bytes.Trim(lit, `"`))
	}
	return s
}

func render(stack []frame) string {
	path := "$"
	for _, f := range stack {
		switch {
		case f.object && f.haveKey:
			path = Key(path, f.key)
		case !f.object:
			path = Index(path, f.index)
		}
	}
	return path
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ':', ']', '}':
		return true
	}
	return false
}
