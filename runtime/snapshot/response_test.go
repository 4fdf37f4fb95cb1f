package snapshot

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/awsparity/awsparity/runtime/internal/sdkshapes"
)

func transformed(t *testing.T, v any, ts ...Transformer) string {
	t.Helper()
	s := &Snapshot{refs: newPlaceholders()}
	out, err := s.transform(v, ts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestErrorNotAPI(t *testing.T) {
	s := &Snapshot{refs: newPlaceholders()}
	if _, err := s.transform(errors.New("dial tcp: connection refused"), nil); !errors.Is(err, errNotAPI) {
		t.Errorf("err = %v, want errNotAPI", err)
	}
}

// A string holding a JSON object is parsed; one that does not parse stays.
func TestJSONStrings(t *testing.T) {
	policy := map[string]any{"Attributes": map[string]any{
		"Policy": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}`,
		"Note":   "{not json",
	}}
	if got, want := transformed(t, policy), `{"Attributes":{"Note":"{not json","Policy":{"Statement":[{"Effect":"Allow"}],"Version":"2012-10-17"}}}`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A member the model marks sensitive is recorded as <sensitive>, whatever
// its type; others keep their values.
func TestSensitiveMembers(t *testing.T) {
	out := &sdkshapes.CreateQueueOutput{QueueUrl: aws.String("https://sqs.example/secret-0a1b2c3d")}
	got := transformed(t, out, Sensitive("github.com/awsparity/awsparity/runtime/internal/sdkshapes",
		map[string][]string{"CreateQueueOutput": {"QueueUrl"}}))
	if want := `{"QueueUrl":"<sensitive>"}`; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

// A user's message attribute named RequestId is an object and stays; the
// fixtures' run tag leaves tag maps and tag lists.
func TestNameKeyedScrubbersAndRunTag(t *testing.T) {
	in := map[string]any{
		"MessageAttributes": map[string]any{"RequestId": map[string]any{"DataType": "String", "StringValue": "mine"}},
		"RequestId":         "r-1",
		"Tags":              map[string]any{"awsparity:run": "20260101T000000Z-ab12", "team": "a"},
		"TagList":           []any{map[string]any{"Key": "awsparity:run", "Value": "x"}, map[string]any{"Key": "team", "Value": "a"}},
		"tags":              []any{map[string]any{"tagKey": "awsparity:run", "tagValue": "x"}},
		"ResourceTags":      []any{map[string]any{"ResourceTagKey": "awsparity:run", "ResourceTagValue": "x"}},
	}
	got := transformed(t, in)
	want := `{"MessageAttributes":{"RequestId":{"DataType":"String","StringValue":"mine"}},"RequestId":"<request-id>",` +
		`"ResourceTags":[],"TagList":[{"Key":"team","Value":"a"}],"Tags":{"team":"a"},"tags":[]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// ARNs anywhere: resource names numbered, the same name the same number in
// every ARN and URL, numbered by first appearance in sorted key order.
func TestARNsAnywhere(t *testing.T) {
	in := map[string]any{
		"SubscriptionArn": "arn:aws:sns:us-east-1:123456789012:orders-topic-1:0c5e6f3e-7a0b-4d1c-9b6a-1f2e3d4c5b6a",
		"TopicArn":        "arn:aws:sns:us-east-1:123456789012:orders-topic-1",
		"UnsubscribeURL":  "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:orders-topic-1:0c5e6f3e-7a0b-4d1c-9b6a-1f2e3d4c5b6a",
		"Bucket":          "arn:aws-cn:s3:::my-bucket-name",
		"NotArn":          "a string mentioning arn:aws:iam::123456789012:root inline",
	}
	got := transformed(t, in, ARNs("TopicArn"))
	want := `{"Bucket":"arn:<partition>:s3:::<resource:1>",` +
		`"NotArn":"a string mentioning arn:<partition>:iam::111111111111:root inline",` +
		`"SubscriptionArn":"arn:<partition>:sns:<region>:111111111111:<resource:3>:<resource:2>",` +
		`"TopicArn":"arn:<partition>:sns:<region>:111111111111:<resource:3>",` +
		`"UnsubscribeURL":"<unsubscribe-domain>/?Action=Unsubscribe&SubscriptionArn=arn:<partition>:sns:<region>:111111111111:<resource:3>:<resource:2>"}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := transformed(t, map[string]any{"TopicArn": "not-an-arn"}, ARNs("TopicArn")); got != `{"TopicArn":"<not-an-arn:not-an-arn>"}` {
		t.Errorf("a non-ARN in an ARN member: %s", got)
	}
}

// pythonBytes must write exactly what Python's repr(bytes) writes; python3
// itself is the reference.
func TestPythonBytesMatchesPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if envTrue(EnvCI) {
			t.Fatal("python3 is needed in CI")
		}
		t.Skip("python3 not found")
	}
	cases := [][]byte{nil, []byte("hello"), []byte("it's"), []byte(`it's "x"`), []byte(`say "hi"`),
		{0, 1, 0x1e, 0x7f, 0x80, 0xff, '\t', '\n', '\r', '\\'}, []byte("ünicödé 统一码 💣")}
	in, _ := json.Marshal(cases)
	cmd := exec.Command(py, "-c", `import json,sys,base64
for b in json.load(sys.stdin): print(repr(base64.b64decode(b or "")))`)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, c := range cases {
		if got := pythonBytes(c); got != lines[i] {
			t.Errorf("pythonBytes(%q) = %s, Python says %s", c, got, lines[i])
		}
	}
}

// SNS notifications: signature scrubbed, URL hosts and certificate files
// as LocalStack writes them; LocalStack's timestamp placeholders on demand.
func TestNotificationsAndLocalStackTimestamps(t *testing.T) {
	in := map[string]any{"Messages": []any{map[string]any{"Body": `{"Type":"Notification","Signature":"EXAMPLEpH+..",` +
		`"SigningCertURL":"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",` +
		`"Timestamp":"2024-05-01T10:20:30.123Z"}`}},
		"Created": time.Date(2024, 5, 1, 10, 20, 30, 0, time.UTC)}
	got := transformed(t, in, LocalStackTimestamps())
	want := `{"Created":"datetime","Messages":[{"Body":{"Signature":"<signature>",` +
		`"SigningCertURL":"<cert-domain>/SimpleNotificationService-<signing-cert-file:1>","Timestamp":"date","Type":"Notification"}}]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
