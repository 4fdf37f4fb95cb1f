package drift

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/internal/golden"
)

// model builds a small service: shapes by name, then operations whose input
// and output are named <Op>Request/<Op>Result (botocore style) or
// <Op>Input/<Op>Output, so matching by operation is exercised.
type model struct {
	svc    *ir.Service
	shapes map[string]*ir.Shape
}

func newModel(sdkID string) *model {
	return &model{svc: &ir.Service{SDKID: sdkID, Source: sdkID + ".json"}, shapes: map[string]*ir.Shape{}}
}

func (m *model) shape(name string, kind ir.Kind) *ir.Shape {
	if sh := m.shapes[name]; sh != nil {
		return sh
	}
	sh := &ir.Shape{ID: name, Name: name, Kind: kind}
	m.shapes[name] = sh
	m.svc.Shapes = append(m.svc.Shapes, sh)
	return sh
}

func (m *model) list(name string, elem *ir.Shape) *ir.Shape {
	sh := m.shape(name, ir.KindList)
	sh.Member = &ir.Member{Name: "member", Target: elem}
	return sh
}

func (m *model) enum(name string, values ...string) *ir.Shape {
	sh := m.shape(name, ir.KindEnum)
	for _, v := range values {
		sh.Enum = append(sh.Enum, ir.EnumValue{Value: v})
	}
	return sh
}

// member adds a member; required members have a trailing "!" in name.
func (m *model) members(sh *ir.Shape, specs ...any) *ir.Shape {
	for i := 0; i < len(specs); i += 2 {
		name := specs[i].(string)
		req := strings.HasSuffix(name, "!")
		sh.Members = append(sh.Members, &ir.Member{Name: strings.TrimSuffix(name, "!"), Target: specs[i+1].(*ir.Shape), Required: req})
	}
	return sh
}

func (m *model) op(name string, in, out *ir.Shape) {
	m.svc.Operations = append(m.svc.Operations, &ir.Operation{Name: name, Input: in, Output: out})
}

func (m *model) done() *ir.Service {
	m.svc.Index()
	return m.svc
}

func oldQueue() *ir.Service {
	m := newModel("SQS")
	str, integer := m.shape("String", ir.KindString), m.shape("Integer", ir.KindInteger)
	attr := m.enum("QueueAttributeName", "All", "Policy", "VisibilityTimeout")
	names := m.list("AttributeNameList", attr)
	m.op("CreateQueue", m.members(m.shape("CreateQueueRequest", ir.KindStructure), "QueueName!", str, "Tags", m.shape("TagMap", ir.KindMap)),
		m.members(m.shape("CreateQueueResult", ir.KindStructure), "QueueUrl", str))
	m.op("GetQueueAttributes", m.members(m.shape("GetQueueAttributesRequest", ir.KindStructure), "QueueUrl!", str, "AttributeNames", names),
		m.members(m.shape("GetQueueAttributesResult", ir.KindStructure), "Count", integer, "Legacy", str))
	m.op("DeleteQueue", m.members(m.shape("DeleteQueueRequest", ir.KindStructure), "QueueUrl!", str), nil)
	m.op("AddPermission", m.members(m.shape("AddPermissionRequest", ir.KindStructure), "Label!", str), nil)
	return m.done()
}

func newQueue() *ir.Service {
	m := newModel("SQS")
	str, long := m.shape("smithy.api#String", ir.KindString), m.shape("Long", ir.KindLong)
	attr := m.enum("QueueAttributeName", "All", "Policy", "RedrivePolicy")
	names := m.list("QueueAttributeNames", attr) // renamed list, same element: not a type change
	m.op("CreateQueue", m.members(m.shape("CreateQueueInput", ir.KindStructure), "QueueName!", str, "Tags", m.shape("TagMap", ir.KindMap), "Region", str),
		m.members(m.shape("CreateQueueOutput", ir.KindStructure), "QueueUrl", str))
	m.op("GetQueueAttributes", m.members(m.shape("GetQueueAttributesInput", ir.KindStructure), "QueueUrl!", str, "AttributeNames!", names),
		m.members(m.shape("GetQueueAttributesOutput", ir.KindStructure), "Count", long))
	m.op("DeleteQueue", m.members(m.shape("DeleteQueueInput", ir.KindStructure), "QueueUrl", str), nil)
	m.op("ListQueues", nil, nil)
	m.svc.Resources = []*ir.Resource{
		{Name: "Message", Parent: "Queue"},
		{Name: "Permission"}, // no lifecycle operations: no fixture
		{Name: "Queue", Create: "CreateQueue", Delete: "DeleteQueue"},
	}
	return m.done()
}

func newTopicService() *ir.Service {
	m := newModel("SNS")
	m.op("Publish", nil, nil)
	return m.done()
}

func TestCompareHandMade(t *testing.T) {
	files := func(svc *ir.Service) ([]fileset.File, error) {
		var out []fileset.File
		var ops []string
		for _, op := range svc.Operations {
			ops = append(ops, op.Name)
			out = append(out, fileset.File{Path: "sqstest/" + strings.ToLower(op.Name) + "_test.go", UserOwned: true})
		}
		return append(out, fileset.File{Path: "sqstest/zz_generated.stubs.go", Content: []byte(strings.Join(ops, ","))}), nil
	}
	r, err := Compare("old", []*ir.Service{oldQueue()}, "new", []*ir.Service{newQueue(), newTopicService()}, Options{Files: files})
	if err != nil {
		t.Fatal(err)
	}
	wantBreaking := []Break{
		{"SQS", "operation AddPermission removed"},
		{"SQS", "GetQueueAttributesInput.AttributeNames newly required"},
		{"SQS", "GetQueueAttributesOutput.Count retyped integer → long"},
		{"SQS", "GetQueueAttributesOutput.Legacy removed"},
		{"SQS", `QueueAttributeName value "VisibilityTimeout" removed`},
	}
	if diff := cmp.Diff(wantBreaking, r.Breaking); diff != "" {
		t.Errorf("breaking changes (-want +got):\n%s", diff)
	}
	if len(r.Services) != 2 || r.Services[0].SDKID != "SNS" || r.Services[0].Status != Added || r.Services[1].SDKID != "SQS" {
		t.Fatalf("services = %+v, want SNS (added) and SQS", r.Services)
	}
	sqs := r.Services[1]
	if diff := cmp.Diff([]string{"ListQueues"}, sqs.OperationsAdded); diff != "" {
		t.Errorf("operations added (-want +got):\n%s", diff)
	}
	wantMembers := []MemberChange{
		{Shape: "CreateQueueInput", Member: "Region", Change: Added},
		{Shape: "DeleteQueueInput", Member: "QueueUrl", Change: Optional},
		{Shape: "GetQueueAttributesInput", Member: "AttributeNames", Change: Required, Breaking: true},
		{Shape: "GetQueueAttributesOutput", Member: "Count", Change: Retyped, Old: "integer", New: "long", Breaking: true},
		{Shape: "GetQueueAttributesOutput", Member: "Legacy", Change: Removed, Breaking: true},
	}
	if diff := cmp.Diff(wantMembers, sqs.Members); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	wantEnums := []EnumChange{{Shape: "QueueAttributeName", Added: []string{"RedrivePolicy"}, Removed: []string{"VisibilityTimeout"}}}
	if diff := cmp.Diff(wantEnums, sqs.Enums); diff != "" {
		t.Errorf("enums (-want +got):\n%s", diff)
	}
	// Queue is detected on both sides (CreateQueue returns the QueueUrl
	// DeleteQueue takes), so only Permission is new.
	if diff := cmp.Diff([]Resource{{Name: "Permission"}}, sqs.ResourcesAdded); diff != "" {
		t.Errorf("resources added (-want +got):\n%s", diff)
	}
	wantStale := []StaleFile{
		{Path: "sqstest/addpermission_test.go", Change: "orphaned", UserOwned: true},
		{Path: "sqstest/listqueues_test.go", Change: "new", UserOwned: true},
		{Path: "sqstest/zz_generated.stubs.go", Change: "changed"},
	}
	if diff := cmp.Diff(wantStale, sqs.Stale); diff != "" {
		t.Errorf("stale files (-want +got):\n%s", diff)
	}
	md := r.Markdown(0)
	// Breaking changes come first, before the per-service table.
	if b, table := bytes.Index(md, []byte("Breaking changes")), bytes.Index(md, []byte("| service |")); b < 0 || b > table {
		t.Errorf("breaking changes at byte %d, summary table at %d: want them first", b, table)
	}
	golden.Compare(t, filepath.Join("testdata", "handmade.md"), md)
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, filepath.Join("testdata", "handmade.json"), append(js, '\n'))
}

func TestCompareResources(t *testing.T) {
	lists := map[string][]Resource{
		"old": {{Name: "Queue", Fixture: true}, {Name: "Topic", Fixture: true}},
		"new": {{Name: "Queue", Fixture: true}, {Name: "Subscription"}},
	}
	old, cur := oldQueue(), oldQueue()
	old.Source, cur.Source = "old", "new"
	r, err := Compare("a", []*ir.Service{old}, "b", []*ir.Service{cur}, Options{
		Resources: func(svc *ir.Service) ([]Resource, error) { return lists[svc.Source], nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Services) != 1 {
		t.Fatalf("got %d services, want 1", len(r.Services))
	}
	s := r.Services[0]
	if diff := cmp.Diff([]Resource{{Name: "Subscription"}}, s.ResourcesAdded); diff != "" {
		t.Errorf("added (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Resource{{Name: "Topic", Fixture: true}}, s.ResourcesRemoved); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}
	md := string(r.Markdown(0))
	for _, want := range []string{"Top-level resources added (1): `Subscription` (no fixture)", "Top-level resources removed (1): `Topic` (with fixture)"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestCompareGoTypes(t *testing.T) {
	// Same model type, different Go type (the SDK made a field a value):
	// that breaks callers, so it is a retype.
	mk := func(goType ir.GoType) *ir.Service {
		m := newModel("SQS")
		in := m.members(m.shape("SendMessageRequest", ir.KindStructure), "DelaySeconds", m.shape("Integer", ir.KindInteger))
		in.Members[0].Go = ir.GoMember{FieldName: "DelaySeconds", Type: goType}
		m.op("SendMessage", in, nil)
		return m.done()
	}
	r, err := Compare("a", []*ir.Service{mk(ir.PointerTo(ir.Basic("int32")))}, "b", []*ir.Service{mk(ir.Basic("int32"))}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Break{{"SQS", "SendMessageInput.DelaySeconds retyped *int32 → int32"}}
	if diff := cmp.Diff(want, r.Breaking); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCompareNamesSDKFields(t *testing.T) {
	// Members are reported by the field name Go code uses.
	mk := func(members ...any) *ir.Service {
		m := newModel("API Gateway")
		in := m.members(m.shape("CreateRestApiRequest", ir.KindStructure), members...)
		for _, mem := range in.Members {
			mem.Go.FieldName = strings.ToUpper(mem.Name[:1]) + mem.Name[1:]
		}
		m.op("CreateRestApi", in, nil)
		return m.done()
	}
	str := &ir.Shape{ID: "String", Name: "String", Kind: ir.KindString}
	r, err := Compare("a", []*ir.Service{mk("endpointAccessMode", str)}, "b", []*ir.Service{mk("name", str)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Break{{"API Gateway", "CreateRestApiInput.EndpointAccessMode removed"}}
	if diff := cmp.Diff(want, r.Breaking); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := r.Services[0].Members; len(got) != 2 || got[1].Member != "Name" || got[1].Change != Added {
		t.Errorf("members = %+v, want EndpointAccessMode removed and Name added", got)
	}
}

func TestCompareRequiredInOutputs(t *testing.T) {
	// A member that becomes required breaks requests only: in an output, or
	// in a structure only outputs contain, it promises a value.
	mk := func(required string) *ir.Service {
		m := newModel("IAM")
		str := m.shape("String", ir.KindString)
		cred := m.members(m.shape("ServiceSpecificCredential", ir.KindStructure), "ServicePassword"+required, str)
		tag := m.members(m.shape("Tag", ir.KindStructure), "Value"+required, str)
		m.op("CreateServiceSpecificCredential",
			m.members(m.shape("CreateServiceSpecificCredentialRequest", ir.KindStructure), "Tags", m.list("TagList", tag)),
			m.members(m.shape("CreateServiceSpecificCredentialResponse", ir.KindStructure), "ServiceSpecificCredential", cred, "Note"+required, str))
		return m.done()
	}
	r, err := Compare("a", []*ir.Service{mk("")}, "b", []*ir.Service{mk("!")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Break{{"IAM", "Tag.Value newly required"}}
	if diff := cmp.Diff(want, r.Breaking); diff != "" {
		t.Errorf("breaking (-want +got):\n%s", diff)
	}
	if n := len(r.Services[0].Members); n != 3 {
		t.Errorf("got %d member changes, want 3 (all reported): %+v", n, r.Services[0].Members)
	}
}

func TestCompareErrorMessageAcrossFormats(t *testing.T) {
	// botocore leaves out the message member of many error shapes that
	// Smithy declares; the SDK error type has Message either way.
	mk := func(members ...any) *ir.Service {
		m := newModel("SES")
		m.members(m.shape("MessageRejected", ir.KindStructure), members...).ErrorFault = "client"
		return m.done()
	}
	str := &ir.Shape{ID: "String", Name: "String", Kind: ir.KindString}
	r, err := Compare("a", []*ir.Service{mk()}, "b", []*ir.Service{mk("message", str, "Reason", str)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []MemberChange{{Shape: "MessageRejected", Member: "Reason", Change: Added}}
	if len(r.Services) != 1 {
		t.Fatalf("got %d services, want 1", len(r.Services))
	}
	if diff := cmp.Diff(want, r.Services[0].Members); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCompareModelTypeSameGoType(t *testing.T) {
	// Route 53's MaxItems is a string in botocore and an integer in Smithy;
	// the SDK field is *int32 either way: reported, not breaking.
	mk := func(kind ir.Kind) *ir.Service {
		m := newModel("Route 53")
		in := m.members(m.shape("ListHostedZonesRequest", ir.KindStructure), "MaxItems", m.shape("PageMaxItems", kind))
		in.Members[0].Go = ir.GoMember{FieldName: "MaxItems", Type: ir.PointerTo(ir.Basic("int32"))}
		m.op("ListHostedZones", in, nil)
		return m.done()
	}
	r, err := Compare("a", []*ir.Service{mk(ir.KindString)}, "b", []*ir.Service{mk(ir.KindInteger)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []MemberChange{{Shape: "ListHostedZonesInput", Member: "MaxItems", Change: Retyped, Old: "string (*int32)", New: "integer (*int32)"}}
	if len(r.Services) != 1 || len(r.Breaking) != 0 {
		t.Fatalf("got %d services, breaking %v; want one service, no breaking change", len(r.Services), r.Breaking)
	}
	if diff := cmp.Diff(want, r.Services[0].Members); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCompareEventStreamAcrossFormats(t *testing.T) {
	// botocore event streams are structures, Smithy's unions: their members'
	// predicted Go types differ though the SDK has one type.
	mk := func(kind ir.Kind, goType ir.GoType) *ir.Service {
		m := newModel("Kinesis")
		errShape := m.shape("InternalFailureException", ir.KindStructure)
		stream := m.members(m.shape("SubscribeToShardEventStream", kind), "InternalFailureException", errShape)
		stream.Streaming = true
		stream.Members[0].Go = ir.GoMember{FieldName: "InternalFailureException", Type: goType}
		m.op("SubscribeToShard", nil, m.members(m.shape("SubscribeToShardOutput", ir.KindStructure), "EventStream", stream))
		return m.done()
	}
	named := ir.Named("github.com/aws/aws-sdk-go-v2/service/kinesis/types", "InternalFailureException")
	r, err := Compare("a", []*ir.Service{mk(ir.KindStructure, ir.PointerTo(named))}, "b", []*ir.Service{mk(ir.KindUnion, named)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Services) != 0 {
		t.Errorf("format-only difference reported: %+v", r.Services[0])
	}
}

func TestCompareIgnoresPredictedGoTypes(t *testing.T) {
	// A field the pinned SDK lacks has a predicted Go type only; two
	// predictions that differ are no API change.
	mk := func(goType ir.GoType) *ir.Service {
		m := newModel("SQS")
		in := m.members(m.shape("SendMessageRequest", ir.KindStructure), "DelaySeconds", m.shape("Integer", ir.KindInteger))
		in.Members[0].Go = ir.GoMember{FieldName: "DelaySeconds", Type: goType, Skip: true}
		m.op("SendMessage", in, nil)
		return m.done()
	}
	r, err := Compare("a", []*ir.Service{mk(ir.PointerTo(ir.Basic("int32")))}, "b", []*ir.Service{mk(ir.Basic("int32"))}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Services) != 0 {
		t.Errorf("predicted Go types compared: %+v", r.Services[0].Members)
	}
}

func TestCompareIdentical(t *testing.T) {
	r, err := Compare("a", []*ir.Service{oldQueue()}, "b", []*ir.Service{oldQueue()}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Services) != 0 || len(r.Breaking) != 0 {
		t.Errorf("identical models: got %d services, %d breaking changes, want none", len(r.Services), len(r.Breaking))
	}
	if got, want := string(r.Markdown(0)), "# API drift\n\nFrom `a` to `b`: no API changes.\n"; got != want {
		t.Errorf("markdown = %q, want %q", got, want)
	}
}

func TestMarkdownLimit(t *testing.T) {
	r, err := Compare("old", []*ir.Service{oldQueue()}, "new", []*ir.Service{newQueue(), newTopicService()}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	full := r.Markdown(0)
	for _, limit := range []int{len(full), len(full) - 1, 900, 300} {
		got := r.Markdown(limit)
		if len(got) > limit {
			t.Errorf("Markdown(%d) is %d bytes", limit, len(got))
		}
		if limit < len(full) && !strings.Contains(string(got), "Report truncated") {
			t.Errorf("Markdown(%d) lacks the truncation note:\n%s", limit, got)
		}
	}
	if got := r.Markdown(len(full)); string(got) != string(full) {
		t.Errorf("Markdown(len(full)) differs from the full report")
	}
}
