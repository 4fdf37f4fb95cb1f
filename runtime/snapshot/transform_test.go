package snapshot

import (
	"encoding/json"
	"testing"
	"time"
)

// pipeline runs value through the same steps as Match and returns the
// stored JSON text.
func pipeline(t *testing.T, c *Placeholders, value any, ts ...Transformer) string {
	t.Helper()
	s := &Snapshot{refs: c}
	v, err := s.transform(value, ts)
	if err != nil {
		t.Fatalf("transform: %v", err)
	}
	b, err := marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func parse(t *testing.T, s string) any {
	t.Helper()
	v, err := decodeJSON([]byte(s), "$")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestAlwaysOnRules(t *testing.T) {
	t.Setenv("AWS_REGION", "")
	t.Setenv("AWS_DEFAULT_REGION", "")
	in := parse(t, `{
		"QueueArn": "arn:aws:sqs:us-east-1:123456789012:orders",
		"Owner": "000000000000",
		"NotAnAccount": "1234567890123",
		"ShardId": "shardId-000000000000",
		"Endpoint": "https://sqs.eu-central-1.amazonaws.com/123456789012/orders",
		"GovRegion": "us-gov-west-1",
		"Credentials": {"AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "SecretAccessKey": "wJalr", "SessionToken": "tok"},
		"Headers": {"Authorization": "AWS4-HMAC-SHA256 Credential=x", "X-Amz-Security-Token": "tok", "x-amzn-RequestId": "r-1"},
		"RequestId": "abc",
		"Log": "key ASIAIOSFODNN7EXAMPLE used",
		"Ids": ["0c5e6f3e-7a0b-4d1c-9b6a-1f2e3d4c5b6a", "11111111-2222-3333-4444-555555555555", "0c5e6f3e-7a0b-4d1c-9b6a-1f2e3d4c5b6a"],
		"Trace": "req 11111111-2222-3333-4444-555555555555 done"
	}`)
	got := parse(t, pipeline(t, newPlaceholders(), in))
	want := parse(t, `{
		"QueueArn": "arn:<partition>:sqs:<region>:111111111111:<resource:1>",
		"Owner": "111111111111",
		"NotAnAccount": "1234567890123",
		"ShardId": "shardId-000000000000",
		"Endpoint": "https://sqs.<region>.amazonaws.com/111111111111/orders",
		"GovRegion": "<region>",
		"Credentials": {"AccessKeyId": "<access-key-id>", "SecretAccessKey": "<secret-access-key>", "SessionToken": "<session-token>"},
		"Headers": {"Authorization": "<authorization>", "X-Amz-Security-Token": "<security-token>", "x-amzn-RequestId": "<request-id>"},
		"RequestId": "<request-id>",
		"Log": "key <access-key-id> used",
		"Ids": ["<uuid:1>", "<uuid:2>", "<uuid:1>"],
		"Trace": "req <uuid:2> done"
	}`)
	assertTree(t, got, want)
}

func TestConfiguredRegionOutsideList(t *testing.T) {
	t.Setenv("AWS_REGION", "xx-future-7")
	got := pipeline(t, newPlaceholders(), map[string]any{"a": "arn:aws:s3:xx-future-7:123456789012:b", "b": "local"})
	if want := `{"a":"arn:<partition>:s3:<region>:111111111111:<resource:1>","b":"local"}`; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

// UUID numbering follows first appearance in sorted key order, so the same
// value yields the same snapshot however Go orders the map, and continues
// across Match calls of one test.
func TestUUIDNumberingStable(t *testing.T) {
	const a, b = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
	for range 20 {
		c := newPlaceholders()
		got := pipeline(t, c, map[string]any{"z": a, "m": b, "a": map[string]any{"x": b}})
		if want := `{"a":{"x":"<uuid:1>"},"m":"<uuid:1>","z":"<uuid:2>"}`; got != want {
			t.Fatalf("got %s want %s", got, want)
		}
		if got := pipeline(t, c, []any{a, "cccccccc-0000-4000-8000-000000000003"}); got != `["<uuid:2>","<uuid:3>"]` {
			t.Fatalf("second Match got %s", got)
		}
	}
}

func TestTimestampScheme(t *testing.T) {
	in := map[string]any{
		"Created":          time.Date(2024, 5, 1, 10, 20, 30, 0, time.UTC),
		"List":             []any{time.Now()},
		"Iso":              "2024-05-01T10:20:30Z",
		"IsoMillis":        "2024-05-01T10:20:30.123Z",
		"IsoOffset":        "2024-05-01T10:20:30.123456+02:00",
		"Spaced":           "2024-05-01 10:20:30",
		"HTTP":             "Wed, 01 May 2024 10:20:30 GMT",
		"Text":             "expires 2024-05-01T10:20:30Z soon",
		"SentTimestamp":    "1714558830123",
		"CreatedTime":      json.Number("1714558830"),
		"LastModifiedDate": "1714558830.5",
		"Count":            "1714558830",
		"Policy":           "not a timestamp",
	}
	want := `{"Count":"1714558830","Created":"<datetime>","CreatedTime":"<timestamp:epoch-seconds>",` +
		`"HTTP":"<timestamp:http-date>","Iso":"<timestamp:YYYY-MM-DDThh:mm:ssZ>",` +
		`"IsoMillis":"<timestamp:YYYY-MM-DDThh:mm:ss.fffZ>","IsoOffset":"<timestamp:YYYY-MM-DDThh:mm:ss.ffffff±hh:mm>",` +
		`"LastModifiedDate":"<timestamp:epoch-seconds>","List":["<datetime>"],"Policy":"not a timestamp",` +
		`"SentTimestamp":"<timestamp:epoch-millis>","Spaced":"<timestamp:YYYY-MM-DD hh:mm:ss>",` +
		`"Text":"expires <timestamp:YYYY-MM-DDThh:mm:ssZ> soon"}`
	if got := pipeline(t, newPlaceholders(), in); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A model-aware Timestamps transformer covers members whose names do
	// not look like timestamps.
	got := pipeline(t, newPlaceholders(), map[string]any{"Expiry": json.Number("1714558830123"), "Other": "1714558830"},
		Timestamps("Expiry"))
	if got != `{"Expiry":"<timestamp:epoch-millis>","Other":"1714558830"}` {
		t.Errorf("Timestamps: got %s", got)
	}
}

func TestHelperTransformers(t *testing.T) {
	const url = "http://localhost:4566/000000000000/orders-1a2b3c4d"
	in := parse(t, `{
		"QueueUrl": "`+url+`",
		"Body": "sent to `+url+`",
		"QueueArn": "arn:aws:sqs:us-east-1:000000000000:orders-1a2b3c4d",
		"ClientToken": "tok-1",
		"Version": 7,
		"Items": [{"Name": "beta", "Size": 2}, {"Name": "alpha", "Size": 1}],
		"Nested": {"MessageId": "m-1", "Receipt": "r-1", "Inner": {"MessageId": "m-2"}},
		"Note": "build 2024 of orders",
		"Short": "a",
		"Text": "a banana"
	}`)
	got := parse(t, pipeline(t, newPlaceholders(), in,
		Identifiers("QueueUrl", "ClientToken"),
		Keys("version", "Version"),
		JSONPath("$..MessageId", "message-id"),
		SortBy("$.Items", "Name"),
		KeyValue("Receipt", "<receipt>"),
		Regex(`build \d+`, "build <n>"),
		Reference("name", "orders-1a2b3c4d"),
		Reference("short", "a"),
	))
	want := parse(t, `{
		"QueueUrl": "<queue-url:1>",
		"Body": "sent to <queue-url:1>",
		"QueueArn": "arn:<partition>:sqs:<region>:111111111111:<resource:1>",
		"ClientToken": "<client-token:1>",
		"Version": "<version:1>",
		"Items": [{"Name": "alpha", "Size": 1}, {"Name": "beta", "Size": 2}],
		"Nested": {"MessageId": "<message-id:1>", "Receipt": "<receipt>", "Inner": {"MessageId": "<message-id:2>"}},
		"Note": "build <n> of orders",
		"Short": "<short:1>",
		"Text": "a banana"
	}`)
	assertTree(t, got, want)
}

// The generated set and a test's own transformer over one member number
// it once.
func TestIdentifiersTwice(t *testing.T) {
	got := pipeline(t, newPlaceholders(), map[string]any{"ReceiptHandle": "AQEB-handle-1"},
		Identifiers("ReceiptHandle"), Identifiers("ReceiptHandle"), Keys("handle", "ReceiptHandle"))
	if want := `{"ReceiptHandle":"<receipt-handle:1>"}`; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

func TestTransformerErrors(t *testing.T) {
	s := &Snapshot{refs: newPlaceholders()}
	for _, tr := range []Transformer{Regex("(", "x"), JSONPath("$[", "x"), JSONPath("$[?(@.a)]", "x"), SortBy("$.a", "")} {
		if _, err := s.transform(map[string]any{"a": "not a list"}, []Transformer{tr}); err == nil {
			t.Errorf("%T: no error", tr)
		}
	}
}

func assertTree(t *testing.T, got, want any) {
	t.Helper()
	diffs, err := Compare("tree", want, got, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Errorf("unexpected tree:\n%s", report(diffs))
	}
}
