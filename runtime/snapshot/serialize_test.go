package snapshot

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/middleware"

	sdk "github.com/awsparity/awsparity/runtime/internal/sdkshapes"
	osdoc "github.com/awsparity/awsparity/runtime/internal/sdkshapes/document"
	"github.com/awsparity/awsparity/runtime/internal/sdkshapes/types"
)

// treeJSON serialises v the way snapshots store it, before transformers.
func treeJSON(t *testing.T, v any, names ...memberNames) string {
	t.Helper()
	tree, err := toTree(v, names)
	if err != nil {
		t.Fatalf("toTree: %v", err)
	}
	b, err := marshal(tree)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return string(b)
}

func TestSerialiseSDKOutput(t *testing.T) {
	var md middleware.Metadata
	md.Set("k", "v")
	out := &sdk.ReceiveMessageOutput{
		Messages: []types.Message{{
			Body:              aws.String("hello"),
			MessageId:         aws.String("m-1"),
			Attributes:        map[string]string{"SentTimestamp": "1714558830123"},
			MessageAttributes: map[string]types.MessageAttributeValue{"bin": {DataType: aws.String("Binary"), BinaryValue: []byte{0, 1, 2}}},
		}},
		ResultMetadata: md,
	}
	want := `{"Messages":[{"Attributes":{"SentTimestamp":"1714558830123"},"Body":"hello","MessageAttributes":{"bin":{"BinaryValue":"b'\\x00\\x01\\x02'","DataType":"Binary"}},"MessageId":"m-1"}]}`
	if got := treeJSON(t, out); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSerialiseUnionsEnumsTimesBlobs(t *testing.T) {
	item := map[string]types.AttributeValue{
		"pk":   &types.AttributeValueMemberS{Value: "user#1"},
		"n":    &types.AttributeValueMemberN{Value: "42"},
		"b":    &types.AttributeValueMemberB{Value: []byte("hi")},
		"ok":   &types.AttributeValueMemberBOOL{Value: true},
		"list": &types.AttributeValueMemberL{Value: []types.AttributeValue{&types.AttributeValueMemberNULL{Value: true}}},
		"new":  &types.UnknownUnionMember{Tag: "V", Value: []byte("x")},
	}
	want := `{"b":{"B":"b'hi'"},"list":{"L":[{"NULL":true}]},"n":{"N":"42"},"new":{"V":"b'x'"},"ok":{"BOOL":true},"pk":{"S":"user#1"}}`
	if got := treeJSON(t, item); got != want {
		t.Errorf("union map:\ngot  %s\nwant %s", got, want)
	}
	// A union member passed directly, with no interface type to go by.
	if got := treeJSON(t, &types.AttributeValueMemberSS{Value: []string{"a"}}); got != `{"SS":["a"]}` {
		t.Errorf("bare member = %s", got)
	}

	created := time.Date(2024, 5, 1, 12, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	desc := types.TableDescription{
		TableName:        aws.String("t"),
		TableStatus:      types.TableStatusActive,
		CreationDateTime: &created,
		ItemCount:        aws.Int64(0),
		BillingModeSummary: &types.BillingModeSummary{
			BillingMode: types.BillingModePayPerRequest,
		},
	}
	want = `{"BillingModeSummary":{"BillingMode":"PAY_PER_REQUEST"},"CreationDateTime":"2024-05-01T10:30:00Z","ItemCount":0,"TableName":"t","TableStatus":"ACTIVE"}`
	if got := treeJSON(t, desc); got != want {
		t.Errorf("table description:\ngot  %s\nwant %s", got, want)
	}
	frac := time.Date(2024, 5, 1, 10, 30, 0, 250_000_000, time.UTC)
	if got := treeJSON(t, []*time.Time{&frac}); got != `["2024-05-01T10:30:00.25Z"]` {
		t.Errorf("fractional time = %s", got)
	}
}

func TestSerialiseMemberNamesAndDocuments(t *testing.T) {
	// The SDK appends "_" to a member named like a method (Error → Error_).
	e := types.AccessDeniedException{Error_: aws.String("access_denied"), Message: aws.String("no")}
	if got, want := treeJSON(t, e), `{"Error":"access_denied","Message":"no"}`; got != want {
		t.Errorf("got %s want %s", got, want)
	}

	doc := struct {
		Schema osdoc.Interface
		Body   io.ReadCloser
		Ratio  float64
		Bad    float64
	}{
		Schema: osdoc.NewLazyDocument(map[string]any{"mappings": map[string]any{"n": 1}}),
		Body:   io.NopCloser(strings.NewReader("stream")),
		Ratio:  0.5,
	}
	if got, want := treeJSON(t, doc), `{"Bad":0,"Ratio":0.5,"Schema":{"mappings":{"n":1}}}`; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

func TestSerialiseRefusesUnsupported(t *testing.T) {
	_, err := toTree(struct{ Fn func() }{Fn: func() {}}, nil)
	if err == nil || !strings.Contains(err.Error(), "$.Fn") {
		t.Errorf("err = %v, want one naming $.Fn", err)
	}
	type node struct{ Next *node }
	n := &node{}
	n.Next = n
	if _, err := toTree(n, nil); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("cyclic value: err = %v", err)
	}
}

// A union of this package, for MemberNames on unions: "choice" has the
// lower-camel members SFN- or API Gateway-style models use.
type choice interface{ isChoice() }

type choiceMemberBigValue struct{ Value string }

func (*choiceMemberBigValue) isChoice() {}

func TestSerialiseModelMemberNames(t *testing.T) {
	const sfnPkg = "github.com/awsparity/awsparity/runtime/internal/sdkshapes" // shaped like github.com/aws/aws-sdk-go-v2/service/sfn
	// SFN's rule is lowerCamel; Name stands for a member spelled as in Go
	// by way of exception, for one type and for all.
	names := MemberNames(sfnPkg, LowerCamel, map[string][]string{
		"types.ExecutionListItem": {"Name"},
		"*":                       {"NextToken"},
	})
	local := MemberNames("github.com/awsparity/awsparity/runtime/snapshot", AsGo, map[string][]string{
		"choice": {"bigValue"},
	})
	start := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	out := &sdk.ListExecutionsOutput{
		Executions: []types.ExecutionListItem{{
			ExecutionArn: aws.String("arn:aws:states:us-east-1:123456789012:execution:m:run-1"),
			StartDate:    &start,
			Name:         aws.String("run-1"), // an exception: keeps its Go name
		}},
		NextToken: aws.String("n"),
	}
	s := &Snapshot{refs: newPlaceholders()}
	v, err := s.transform(map[string]any{"out": out, "u": []choice{&choiceMemberBigValue{Value: "x"}}},
		[]Transformer{Identifiers("executionArn"), names, local})
	if err != nil {
		t.Fatal(err)
	}
	b, err := marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"out":{"NextToken":"n","executions":[{"Name":"run-1","executionArn":"arn:<partition>:states:<region>:111111111111:execution:m:<resource:1>","startDate":"<datetime>"}]},` +
		`"u":[{"bigValue":"x"}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	// A bare union member, with no interface to name the union, finds it by its type name.
	if got := treeJSON(t, &choiceMemberBigValue{Value: "y"}, local.(memberNames)); got != `{"bigValue":"y"}` {
		t.Errorf("bare member = %s", got)
	}
}
