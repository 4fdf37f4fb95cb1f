package snapshot

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// jsonPathDoc is shaped like the snapshot entries LocalStack's skip paths
// are written for: an entry per call, response metadata with hyphenated
// headers, nested messages and an error.
const jsonPathDoc = `{
  "create-queue": {"QueueUrl": "u", "ResponseMetadata": {"HTTPHeaders": {"content-length": "1", "x-amz-id": "2"}, "HTTPStatusCode": 200}},
  "send": {"MessageId": "m1", "Nested": {"MessageId": "m2", "Attributes": {"SqsManagedSseEnabled": "true", "A": [1, {"MessageId": "m3"}]}}},
  "list": [{"a": 1, "b": [{"a": 2}]}, {"a": 3}, [4, [5]]],
  "Error": {"Code": "c", "Message": "top"},
  "get": {"Error": {"Message": "nested"}},
  "key with space": {"x": 1},
  "it's \"quoted\"": 2,
  "empty": [], "null": null
}`

func TestLocate(t *testing.T) {
	tree, err := decodeJSON([]byte(jsonPathDoc), "doc")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{"$", []string{"$"}},
		{"$..MessageId", []string{"$.send.MessageId", "$.send.Nested.MessageId", "$.send.Nested.Attributes.A[1].MessageId"}},
		{"$..Attributes.SqsManagedSseEnabled", []string{"$.send.Nested.Attributes.SqsManagedSseEnabled"}},
		{"$..HTTPHeaders.content-length", []string{`$["create-queue"].ResponseMetadata.HTTPHeaders["content-length"]`}},
		{"$.create-queue.QueueUrl", []string{`$["create-queue"].QueueUrl`}},
		{`$["create-queue"].QueueUrl`, []string{`$["create-queue"].QueueUrl`}},
		{`$['create-queue']['QueueUrl']`, []string{`$["create-queue"].QueueUrl`}},
		{"$..Error.Message", []string{"$.Error.Message", "$.get.Error.Message"}},
		{`$["key with space"]`, []string{`$["key with space"]`}},
		{`$[ 'key with space' ].x`, []string{`$["key with space"].x`}},
		{`$["it's \"quoted\""]`, []string{`$["it's \"quoted\""]`}},
		{`$['it\'s "quoted"']`, []string{`$["it's \"quoted\""]`}},
		{"$.list[0].a", []string{"$.list[0].a"}},
		{"$.list[2][1][0]", []string{"$.list[2][1][0]"}},
		{"$.list[*].a", []string{"$.list[0].a", "$.list[1].a"}},
		{"$.list.*", []string{"$.list[0]", "$.list[1]", "$.list[2]"}},
		{"$.Error.*", []string{"$.Error.Code", "$.Error.Message"}}, // map keys in sorted order
		{"$..a", []string{"$.list[0].a", "$.list[0].b[0].a", "$.list[1].a"}},
		{"$..[1]", []string{"$.list[1]", "$.list[2][1]", "$.send.Nested.Attributes.A[1]"}}, // document order, keys sorted
		{"$.get..*", []string{"$.get.Error", "$.get.Error.Message"}},
		{"$..*..Message", []string{"$.Error.Message", "$.get.Error.Message"}}, // each location once
		{"$.null", []string{"$.null"}},
		// No match is no error: a skip path may name what only one side has.
		{"$.missing.x", nil},
		{"$..missing", nil},
		{"$.list[9]", nil},
		{"$.list.a", nil},
		{"$.Error[0]", nil},
		{"$.empty[*]", nil},
	} {
		paths, err := locate(tc.expr, tree)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		var got []string
		for _, p := range paths {
			got = append(got, formatPath(p))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got  %q\n want %q", tc.expr, got, tc.want)
		}
	}
}

// TestLocateFormatPath checks that every location formatPath writes (the
// paths of a mismatch report, pasted into SkipVerify) reads back as itself.
func TestLocateFormatPath(t *testing.T) {
	tree, err := decodeJSON([]byte(jsonPathDoc), "doc")
	if err != nil {
		t.Fatal(err)
	}
	all, err := locate("$..*", tree)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 30 {
		t.Fatalf("$..* found %d locations, want every node below the root", len(all))
	}
	for _, p := range all {
		expr := formatPath(p)
		got, err := locate(expr, tree)
		if err != nil || len(got) != 1 || formatPath(got[0]) != expr {
			t.Errorf("%s located %v, %v", expr, got, err)
		}
	}
}

func TestLocateErrors(t *testing.T) {
	for expr, want := range map[string]string{
		"":                        "starts with $",
		"MessageId":               "starts with $",
		"$.":                      "want a key",
		"$..":                     "want a key",
		"$a":                      `not 'a'`,
		"$.a b":                   `not ' '`,
		"$[":                      `unclosed "["`,
		"$[0":                     `want "]"`,
		"$[-1]":                   "want [n]",
		"$[0:2]":                  "slices, unions and scripts are not supported",
		"$['a','b']":              "slices, unions and scripts are not supported",
		"$[(@.x)]":                "want [n]",
		"$[?(@.a)]":               "filter expressions are not supported",
		"$..[?(@.a)]":             "filter expressions are not supported",
		`$["a]`:                   "unterminated key",
		`$["\q"]`:                 "bad escape",
		"$[99999999999999999999]": "out of range",
	} {
		_, err := locate(expr, map[string]any{"a": 1})
		if err == nil {
			t.Errorf("%q: no error", expr)
			continue
		}
		if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), strconv.Quote(expr)) {
			t.Errorf("%q: error %q, want one naming the expression and saying %q", expr, err, want)
		}
	}
}
