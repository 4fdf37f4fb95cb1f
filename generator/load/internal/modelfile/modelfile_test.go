package modelfile

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/ir"
)

func TestPathAt(t *testing.T) {
	doc := `{"shapes": {"a.b#C": {"members": {"X": {"target": "t"}, "Y": [1, {"z": true}]}}}, "n": null}`
	tests := []struct {
		at   string // the offset is just past the first occurrence of this text
		want string
	}{
		{`"shapes": {`, `$.shapes`},
		{`"t"`, `$.shapes["a.b#C"].members.X.target`},
		{`[1`, `$.shapes["a.b#C"].members.Y[0]`},
		{`{"z": true`, `$.shapes["a.b#C"].members.Y[1].z`},
		{`null`, `$.n`},
	}
	for _, tt := range tests {
		off := int64(bytes.Index([]byte(doc), []byte(tt.at)) + len(tt.at))
		if got, _ := PathAt([]byte(doc), off); got != tt.want {
			t.Errorf("PathAt(after %s) = %s, want %s", tt.at, got, tt.want)
		}
	}
	if got, _ := PathAt([]byte(`}]]"`), 4); got != "$" {
		t.Errorf("PathAt on garbage = %q, want $", got)
	}
}

func TestDecodeError(t *testing.T) {
	var v struct {
		Shapes map[string]struct {
			Members map[string]struct {
				Target string `json:"target"`
			} `json:"members"`
		} `json:"shapes"`
	}
	tests := []struct{ doc, path, msg string }{
		{"{\"shapes\": {\"a#B\": {\"members\": {\"M\": {\"target\": 1}}}}}", `$.shapes["a#B"].members.M.target`,
			"wrong JSON type at line 1, column 49: got number, want string"},
		{"{\"shapes\": {\n\"a#B\": {\"members\": [", `$.shapes["a#B"].members`,
			"truncated JSON: input ends at line 2, column 21 (byte 33)"},
		{"{\"shapes\": {\n\"a#B\" 5}}", `$.shapes["a#B"]`, "invalid JSON at line 2, column 7: invalid character '5'"},
	}
	for _, tt := range tests {
		err := DecodeError("f.json", []byte(tt.doc), json.Unmarshal([]byte(tt.doc), &v))
		var e *ir.Error
		if !errors.As(err, &e) || e.File != "f.json" || e.Path != tt.path || !bytes.Contains([]byte(e.Msg), []byte(tt.msg)) {
			t.Errorf("DecodeError(%q) = %v\nwant f.json: %s: %s…", tt.doc, err, tt.path, tt.msg)
		}
	}
}

func TestKey(t *testing.T) {
	for key, want := range map[string]string{
		"Name":          "$.Name",
		"_x1":           "$._x1",
		"a.b#C":         `$["a.b#C"]`,
		"1st":           `$["1st"]`,
		"":              `$[""]`,
		`quote"inside`:  `$["quote\"inside"]`,
		"smithy.api#id": `$["smithy.api#id"]`,
	} {
		if got := Key("$", key); got != want {
			t.Errorf("Key(%q) = %s, want %s", key, got, want)
		}
	}
}

func TestMemberOrder(t *testing.T) {
	doc := `{"metadata": {"members": {"no": 1}}, "Shapes": {
		"S": {"type": "structure", "members": {"Zed": {"t": "{\"}"}, "alpha": [1, 2], "M\u00e9": null, "b": 1.5e3}},
		"L": {"members": null},
		"D": {"members": {"x": 1, "x": 2}},
		"U": {"members": {"bad` + "\xff" + `utf8": 1}}}}`
	// Names must equal the keys encoding/json produces, which replaces
	// invalid UTF-8.
	want := map[string][]string{"S": {"Zed", "alpha", "Mé", "b"}, "L": nil, "D": {"x", "x"}, "U": {"bad\ufffdutf8"}}
	if diff := cmp.Diff(want, MemberOrder([]byte(doc))); diff != "" {
		t.Errorf("MemberOrder (-want +got):\n%s", diff)
	}
}

func TestScan(t *testing.T) {
	for doc, want := range map[string]Scanned{
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "Foo Bar", "endpointPrefix": "fb"}}}}}`: {
			Format: Smithy, SDKID: "Foo Bar", EndpointPrefix: "fb", IDsKnown: true},
		// Two services, or one without the trait: only a full load can tell.
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A"}}}, "a#T": {"type": "service"}}}`: {
			Format: Smithy, SDKID: "A"},
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A\u0042"}}}}}`: {
			Format: Smithy, SDKID: `A\u0042`},
		// The trait elsewhere than on a shape is not the service's.
		`{"smithy": "2.0", "metadata": {"aws.api#service": {"sdkId": "X"}}, "shapes": {}}`: {Format: Smithy},
		`{"version": "2.0", "metadata": {"serviceId": "SQS", "endpointPrefix": "sqs"}, "operations": {}}`: {
			Format: Botocore, SDKID: "SQS", EndpointPrefix: "sqs", IDsKnown: true},
		// Keys match as encoding/json matches them: case folded; escaped
		// ones only decoding can read.
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A", "SDKID": "B"}}}}}`: {
			Format: Smithy, SDKID: "B", IDsKnown: true},
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A"}, "AWS.API#SERVICE": {"sdkId": "B"}}}}}`: {
			Format: Smithy, SDKID: "B"},
		`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A", "sdk\\u0049d": "B"}}}}}`: {
			Format: Smithy, SDKID: "A"},
		`{"Metadata": {"ServiceId": "SQS", "endpointPrefix": "sqs"}, "OPERATIONS": {}}`: {
			Format: Botocore, SDKID: "SQS", EndpointPrefix: "sqs", IDsKnown: true},
		`{"version": "2.0", "operations": {}}`: {},
		`{"partitions": [{"smithy": 1}]}`:      {},
		`[1, {"a`:                              {},
	} {
		got, err := Scan("f.json", []byte(doc))
		if err != nil || got != want {
			t.Errorf("Scan(%s) = %+v, %v; want %+v", doc, got, err, want)
		}
	}
}

func TestScanLimits(t *testing.T) {
	members := strings.Repeat(`"m": {}, `, MaxShapes) + `"m": {}`
	for _, tt := range []struct{ doc, path, msg string }{
		{`{"smithy": "2.0", "shapes": {"a#B": {"traits": {"x": ` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}}}}`,
			`$.shapes["a#B"].traits.x` + strings.Repeat("[0]", MaxDepth-4), "JSON nested deeper than the limit of 256 levels"},
		{`{"smithy": "2.0", "shapes": {"a#B": {"traits": {"smithy.api#documentation": "` + strings.Repeat("x", MaxString+1) + `"}}}}`,
			`$.shapes["a#B"].traits["smithy.api#documentation"]`, "string of 1048577 bytes at line 1 is longer than the limit of 1024 KiB"},
		{`{"smithy": "2.0", "shapes": {"a#B": {"members": {` + members + `}}}}`,
			`$.shapes["a#B"].members.m`, "more than the limit of 100000 shapes, members and operations"},
	} {
		_, err := Scan("f.json", []byte(tt.doc))
		var e *ir.Error
		if !errors.As(err, &e) || e.File != "f.json" || e.Path != tt.path || e.Msg != tt.msg {
			t.Errorf("Scan = %v\nwant f.json: %.60s: %s", err, tt.path, tt.msg)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	content := []byte(`{"smithy": "2.0"}`)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(content)
	zw.Close()
	files := map[string][]byte{
		"plain.json":     content,
		"packed.json.gz": gz.Bytes(),
		"misnamed.json":  gz.Bytes(), // gzip detected by content, not name
		"broken.json.gz": gz.Bytes()[:gz.Len()/2],
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"plain.json", "packed.json.gz", "misnamed.json"} {
		got, err := ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, content) {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, got, err, content)
		}
	}
	_, err := ReadFile(filepath.Join(dir, "broken.json.gz"))
	var e *ir.Error
	if !errors.As(err, &e) || e.File != filepath.Join(dir, "broken.json.gz") {
		t.Errorf("ReadFile(truncated gzip) error = %v, want *ir.Error naming the file", err)
	}
}

// Fuzzing found deeply nested input; the path must still come back whole
// (an earlier version rendered it at every value, cubic in the depth).
func TestPathAtDeepNesting(t *testing.T) {
	const depth = 20000
	doc := []byte(`{"a": ` + strings.Repeat("[", depth))
	path, start := PathAt(doc, int64(len(doc)))
	if want := "$.a" + strings.Repeat("[0]", depth-1); path != want || start != int64(len(doc)-1) {
		t.Errorf("PathAt = %.40s… (%d bytes), start %d; want $.a[0]… (%d bytes), start %d", path, len(path), start, len(want), len(doc)-1)
	}
}

func TestDecode(t *testing.T) {
	content := []byte(`{"smithy": "2.0"}`)
	if got, err := Decode("f.json", append([]byte("\ufeff"), content...)); err != nil || !bytes.Equal(got, content) {
		t.Errorf("Decode(BOM + JSON) = %q, %v; want the JSON without the BOM", got, err)
	}
	// A gzip stream of many members, each 1 MiB of spaces: 40 MiB in all,
	// over the limit, from a few kilobytes.
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(bytes.Repeat([]byte(" "), 1<<20))
	zw.Close()
	bomb := bytes.Repeat(member.Bytes(), MaxFileSize>>20+8)
	_, err := Decode("bomb.json.gz", bomb)
	var e *ir.Error
	if !errors.As(err, &e) || e.File != "bomb.json.gz" || e.Msg != "larger than the limit of 32 MiB (decompressed)" {
		t.Errorf("Decode(gzip bomb of %d bytes) = %v, want the size limit", len(bomb), err)
	}
}

func TestNames(t *testing.T) {
	for name, ok := range map[string]bool{
		"Foo": true, "__listOfString": true, "a1_b": true, "x": true,
		"": false, "__1": false, "1abc": false, "Fooé": false, "a-b": false, "a b": false, "A.B": false,
	} {
		if got := nameProblem(name) == ""; got != ok {
			t.Errorf("nameProblem(%q) = %q, want ok=%v", name, nameProblem(name), ok)
		}
	}
	for id, ok := range map[string]bool{
		"CloudWatch Logs": true, "ACM-PCA": true, "Route 53": true,
		"": false, "Süd": false, "1Click": false, "a.b": false, "../x": false, " X": false, "a_b": false, "Type": false, "Go To": false,
	} {
		if got := sdkIDProblem(id) == ""; got != ok {
			t.Errorf("sdkIDProblem(%q) = %q, want ok=%v", id, sdkIDProblem(id), ok)
		}
	}
	s := make(Scope)
	for _, n := range []string{"foo", "a#Bar", "foo"} {
		if other := s.Add(n, n[strings.IndexByte(n, '#')+1:]); other != "" {
			t.Errorf("Scope.Add(%q) clashes with %q", n, other)
		}
	}
	for n, want := range map[string]string{"Foo": "foo", "__bar": "a#Bar", "_1Bar": "a#Bar", "b#Bar": "a#Bar"} {
		if other := s.Add(n, n[strings.IndexByte(n, '#')+1:]); other != want {
			t.Errorf("Scope.Add(%q) = %q, want a clash with %q", n, other, want)
		}
	}
}

// FuzzScan checks that the pre-scan of any bytes (after Decode, which
// gunzips and drops a BOM) never panics and fails only with *ir.Error
// values naming the file and a JSON path.
func FuzzScan(f *testing.F) {
	f.Add([]byte(`{"smithy": "2.0", "shapes": {"a#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "A", "endpointPrefix": "a"}}}}}`))
	f.Add([]byte(`{"version": "2.0", "metadata": {"serviceId": "S", "endpointPrefix": "s"}, "operations": {}, "shapes": {"X": {"members": {"m": {}}}}}`))
	f.Add([]byte("\ufeff{\"a\": [[[\"\\\"\\\\\", 1]]], \"b\": {\"c\": null}}"))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		content, err := Decode("f.json", data)
		if err == nil {
			_, err = Scan("f.json", content)
		}
		var e *ir.Error
		if err != nil && (!errors.As(err, &e) || e.File != "f.json" || e.Path != "" && !strings.HasPrefix(e.Path, "$")) {
			t.Fatalf("error %v (%T) is not an *ir.Error naming the file and a JSON path", err, err)
		}
	})
}
