// Package modelfile reads model files and turns JSON decoding failures into
// *ir.Error values that name the file, the line and the JSON path.
package modelfile

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// The limits on one model file, documented where they are exported, in
// generator/load.
const (
	MaxFileSize = 32 << 20
	MaxDepth    = 256
	MaxString   = 1 << 20
	MaxShapes   = 100_000
	// MaxShapeWork is summed over a file's services because a Smithy file
	// holding many services builds each one's shape closure separately.
	MaxShapeWork = 250_000
)

// ReadFile returns the content of path as Decode returns it. Errors are
// *ir.Error values naming path.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, FileError(path, err)
	}
	defer f.Close()
	// A plain file is never larger than its content, nor a gzip file
	// larger than its expansion: both are refused before reading.
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, tooLarge(path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, FileError(path, err)
	}
	return Decode(path, data)
}

// Decode returns a model file's content from its bytes: gunzipped when it
// is gzip data (detected by its magic bytes, so a misnamed file still
// loads), at most MaxFileSize bytes, and without a leading UTF-8 byte order
// mark (which encoding/json rejects and some editors write). file names the
// data in errors, which are *ir.Error values.
func Decode(file string, data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		var err error
		if data, err = gunzip(file, data); err != nil {
			return nil, err
		}
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(file)
	}
	return bytes.TrimPrefix(data, []byte("\ufeff")), nil
}

func tooLarge(file string) *ir.Error {
	return &ir.Error{File: file, Msg: fmt.Sprintf("larger than the limit of %d MiB (decompressed)", MaxFileSize>>20)}
}

// gunzip decompresses at most MaxFileSize bytes of a gzip stream: a small
// file that expands to gigabytes (a gzip bomb) fails once past the limit,
// having allocated no more than it.
func gunzip(file string, data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, &ir.Error{File: file, Msg: "bad gzip data: " + err.Error()}
	}
	// The gzip trailer holds the uncompressed size (mod 2^32): sizing the
	// buffer from it avoids growing, copying and zeroing it repeatedly,
	// which cost a tenth of loading all 402 Smithy models. Past a trailer
	// that lies, the rest is read in chunks joined at the end, so that a
	// bomb fails having allocated about the limit, not twice it.
	const chunk = 1 << 20
	var (
		chunks [][]byte
		buf    = make([]byte, 0, gzipSize(data)+1)
		total  int
	)
	for {
		if len(buf) == cap(buf) {
			chunks = append(chunks, buf)
			buf = make([]byte, 0, chunk)
		}
		n, err := zr.Read(buf[len(buf):cap(buf)])
		buf, total = buf[:len(buf)+n], total+n
		switch {
		case total > MaxFileSize:
			return nil, tooLarge(file)
		case err == io.EOF:
			if chunks == nil {
				return buf, nil
			}
			return bytes.Join(append(chunks, buf), nil), nil
		case err != nil:
			return nil, &ir.Error{File: file, Msg: "bad gzip data: " + err.Error()}
		}
	}
}

// gzipSize is the uncompressed size a gzip stream's trailer states, capped
// at 64 times the compressed size (JSON models expand 10 to 30 times) and
// at MaxFileSize, so that a corrupt trailer cannot make gunzip allocate
// more than the limit.
func gzipSize(data []byte) int {
	if len(data) < 18 { // header and trailer
		return 0
	}
	return min(int(binary.LittleEndian.Uint32(data[len(data)-4:])), 64*len(data), MaxFileSize+1)
}

// FileError reports a file system error on path as an *ir.Error, without
// repeating the path that *fs.PathError messages carry.
func FileError(path string, err error) *ir.Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &ir.Error{File: path, Msg: err.Error()}
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
	var b strings.Builder
	b.WriteString(path)
	writeKey(&b, key)
	return b.String()
}

func writeKey(b *strings.Builder, key string) {
	if isIdent(key) {
		b.WriteString(".")
		b.WriteString(key)
		return
	}
	b.WriteString("[")
	b.WriteString(strconv.Quote(key))
	b.WriteString("]")
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
// to decode; for truncated input it names the value that was cut off (or the
// object, when the cut is in a key). It never fails: on malformed input it
// returns the best path found so far.
//
// Two linear passes, rendering the path once: rendering at every value
// would be quadratic in the nesting depth, and fuzzed input nests deeply.
func PathAt(data []byte, off int64) (path string, start int64) {
	end := min(max(int(off), 0), len(data))
	last := -1
	walk(data, end, func(i int, _ []frame) { last = i })
	if last < 0 {
		return "$", 0
	}
	walk(data, last+1, func(i int, stack []frame) {
		if i == last {
			path = render(stack)
		}
	})
	return path, int64(last)
}

// walk scans data[:end] and calls visit at the start of every value, and of
// every object key (as a position in its object), with the enclosing stack.
func walk(data []byte, end int, visit func(i int, stack []frame)) {
	var stack []frame
	for i := 0; i < end; {
		c := data[i]
		switch c {
		case ' ', '\t', '\r', '\n', ':':
			i++
		case '{', '[':
			visit(i, stack)
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
			visit(i, stack)
			j := stringEnd(data, i)
			if n := len(stack); n > 0 && stack[n-1].object && !stack[n-1].haveKey {
				stack[n-1].key = unquote(data[i:j])
				stack[n-1].haveKey = true
			}
			i = j
		default:
			visit(i, stack)
			for i < len(data) && !isDelim(data[i]) {
				i++
			}
		}
	}
}

// stringEnd returns the index just past the string literal starting at
// data[i] (or len(data) when it is unterminated). It jumps from quote to
// quote, counting the backslashes before each, which is several times
// faster than looking at every byte.
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return len(data)
		}
		j += k
		n := 0
		for b := j - 1; b > i && data[b] == '\\'; b-- {
			n++
		}
		if n%2 == 0 {
			return j + 1
		}
		j++
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
	var b strings.Builder
	b.WriteString("$")
	for _, f := range stack {
		switch {
		case f.object && f.haveKey:
			writeKey(&b, f.key)
		case !f.object:
			b.WriteString(Index("", f.index))
		}
	}
	return b.String()
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ':', ']', '}':
		return true
	}
	return false
}
