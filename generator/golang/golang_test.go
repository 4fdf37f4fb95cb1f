package golang

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// model builds small hand-written services for the rule tests.
type model struct {
	svc *ir.Service
}

func newModel(sdkID string) *model {
	return &model{svc: &ir.Service{SDKID: sdkID, Source: "test.json"}}
}

func (b *model) shape(name string, kind ir.Kind) *ir.Shape {
	sh := &ir.Shape{ID: "com.example#" + name, Name: name, Kind: kind}
	b.svc.Shapes = append(b.svc.Shapes, sh)
	return sh
}

func (b *model) list(name string, elem *ir.Shape, sparse bool) *ir.Shape {
	sh := b.shape(name, ir.KindList)
	sh.Member, sh.Sparse = &ir.Member{Name: "member", Target: elem}, sparse
	return sh
}

func (b *model) mapOf(name string, value *ir.Shape, sparse bool) *ir.Shape {
	sh := b.shape(name, ir.KindMap)
	sh.Key = &ir.Member{Name: "key", Target: b.prelude(ir.KindString)}
	sh.Value, sh.Sparse = &ir.Member{Name: "value", Target: value}, sparse
	return sh
}

// prelude returns the shared shape of a simple kind.
func (b *model) prelude(k ir.Kind) *ir.Shape {
	id := "smithy.api#" + string(k)
	for _, sh := range b.svc.Shapes {
		if sh.ID == id {
			return sh
		}
	}
	sh := &ir.Shape{ID: id, Name: ExportName(string(k)), Kind: k}
	b.svc.Shapes = append(b.svc.Shapes, sh)
	return sh
}

func (b *model) op(name string, in, out *ir.Shape) *ir.Operation {
	op := &ir.Operation{Name: name, Input: in, Output: out}
	b.svc.Operations = append(b.svc.Operations, op)
	return op
}

func member(sh *ir.Shape, name string, target *ir.Shape, opts ...func(*ir.Member)) *ir.Member {
	m := &ir.Member{Name: name, Target: target}
	for _, o := range opts {
		o(m)
	}
	sh.Members = append(sh.Members, m)
	return m
}

func withDefault(v string) func(*ir.Member) {
	return func(m *ir.Member) { m.HasDefault, m.Default = true, v }
}

func addedDefault(m *ir.Member)   { m.AddedDefault = true }
func clientOptional(m *ir.Member) { m.ClientOptional = true }

func predict(tb testing.TB, b *model) *ir.Service {
	tb.Helper()
	b.svc.Index()
	if err := Predict(b.svc); err != nil {
		tb.Fatal(err)
	}
	return b.svc
}

// fieldTypes renders every member of sh as "Field type".
func fieldTypes(sh *ir.Shape) map[string]string {
	out := map[string]string{}
	for _, m := range sh.Members {
		out[m.Go.FieldName] = m.Go.Type.String()
	}
	return out
}

func checkFields(t *testing.T, sh *ir.Shape, want map[string]string) {
	t.Helper()
	got := fieldTypes(sh)
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%s.%s: got %q, want %q", sh.Name, name, got[name], typ)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: fields %v, want %v", sh.Name, got, want)
	}
}

func TestServiceNames(t *testing.T) {
	for sdkID, want := range map[string]string{
		"CloudWatch Logs": "cloudwatchlogs",
		"API Gateway":     "apigateway",
		"DynamoDB":        "dynamodb",
		"ACM-PCA":         "acmpca",
	} {
		b := newModel(sdkID)
		svc := predict(t, b)
		if svc.Go.PackageName != want || svc.Go.Package != "github.com/aws/aws-sdk-go-v2/service/"+want ||
			svc.Go.TypesPackage != svc.Go.Package+"/types" || svc.Go.TestPackage != want+"test" {
			t.Errorf("%q: %+v", sdkID, svc.Go)
		}
	}
}

func TestExportName(t *testing.T) {
	for in, want := range map[string]string{
		"queueUrl": "QueueUrl", "QueueUrl": "QueueUrl", "__string": "String",
		"1stThing": "StThing", "_x": "X", "": "",
	} {
		if got := ExportName(in); got != want {
			t.Errorf("ExportName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEnumConstName(t *testing.T) {
	for _, c := range []struct{ typ, name, want string }{
		{"ReturnValue", "ALL_NEW", "ReturnValueAllNew"},
		{"MessageSystemAttributeName", "AWSTraceHeader", "MessageSystemAttributeNameAWSTraceHeader"},
		{"CertificateStatus", "PENDING_VALIDATION", "CertificateStatusPendingValidation"},
		{"ChangeSource", "ResourceReference", "ChangeSourceResourceReference"},
		// botocore has no names: the value is split the same way. The SDK's
		// Smithy model names this one nodejs18x (RuntimeNodejs18x), which
		// only reconciliation with the SDK source can know.
		{"Runtime", "nodejs18.x", "RuntimeNodejs18X"},
		{"Region", "us-east-1", "RegionUsEast1"},
		{"ContentType", "application/json", "ContentTypeApplicationJson"},
	} {
		if got := EnumConstName(c.typ, c.name); got != c.want {
			t.Errorf("EnumConstName(%q, %q) = %q, want %q", c.typ, c.name, got, c.want)
		}
	}
}

func TestPointerRules(t *testing.T) {
	b := newModel("Example")
	str, integer, boolean := b.prelude(ir.KindString), b.prelude(ir.KindInteger), b.prelude(ir.KindBoolean)
	inner := b.shape("Inner", ir.KindStructure)
	color := b.shape("Color", ir.KindEnum)
	level := b.shape("Level", ir.KindIntEnum)
	choice := b.shape("Choice", ir.KindUnion)
	member(choice, "text", str)
	s := b.shape("Thing", ir.KindStructure)
	member(s, "name", str)
	member(s, "count", integer)
	member(s, "zero", integer, withDefault("0"))
	member(s, "five", integer, withDefault("5"))
	member(s, "added", integer, withDefault("0"), addedDefault)
	member(s, "optional", boolean, withDefault("false"), clientOptional)
	member(s, "flag", boolean, withDefault("false"))
	member(s, "big", b.prelude(ir.KindLong), withDefault("0"))
	member(s, "ratio", b.prelude(ir.KindDouble), withDefault("0.0"))
	member(s, "when", b.prelude(ir.KindTimestamp))
	member(s, "inner", inner)
	member(s, "data", b.prelude(ir.KindBlob))
	member(s, "names", b.list("Names", str, false))
	member(s, "maybeNames", b.list("MaybeNames", str, true))
	member(s, "inners", b.mapOf("Inners", inner, false))
	member(s, "maybeInners", b.mapOf("MaybeInners", inner, true))
	member(s, "colors", b.list("Colors", color, true))
	member(s, "color", color)
	member(s, "level", level)
	member(s, "choice", choice)
	member(s, "doc", b.prelude(ir.KindDocument))
	member(s, "huge", b.prelude(ir.KindBigInteger))
	member(s, "precise", b.prelude(ir.KindBigDecimal))
	member(s, "nested", b.list("Nested", b.list("Inner2", str, false), false))
	predict(t, b)
	checkFields(t, s, map[string]string{
		"Name":        "*string",
		"Count":       "*int32",
		"Zero":        "int32",
		"Five":        "*int32",
		"Added":       "*int32",
		"Optional":    "*bool",
		"Flag":        "bool",
		"Big":         "int64",
		"Ratio":       "float64",
		"When":        "*time.Time",
		"Inner":       "*types.Inner",
		"Data":        "[]byte",
		"Names":       "[]string",
		"MaybeNames":  "[]*string",
		"Inners":      "map[string]types.Inner",
		"MaybeInners": "map[string]*types.Inner",
		"Colors":      "[]types.Color",
		"Color":       "types.Color",
		"Level":       "types.Level",
		"Choice":      "types.Choice",
		"Doc":         "document.Interface",
		"Huge":        "*big.Int",
		"Precise":     "*big.Float",
		"Nested":      "[][]string",
	})
	if got := s.MemberNamed("doc").Go.Type.Elem; got != nil || s.MemberNamed("doc").Go.Type.Path != "github.com/aws/aws-sdk-go-v2/service/example/document" {
		t.Errorf("document type = %+v, want the service's own document package", s.MemberNamed("doc").Go.Type)
	}
	if inner.Go.Type.String() != "types.Inner" || str.Go.Type.String() != "string" {
		t.Errorf("GoShape.Type must be the value type: %s, %s", inner.Go.Type, str.Go.Type)
	}
}

func TestFieldNames(t *testing.T) {
	b := newModel("Example")
	str := b.prelude(ir.KindString)
	plain := b.shape("Plain", ir.KindStructure)
	member(plain, "String", str)
	member(plain, "error", str)
	member(plain, "_private", str)
	fault := b.shape("Fault", ir.KindStructure)
	fault.ErrorFault = "client"
	member(fault, "message", str)
	member(fault, "Error", str)
	member(fault, "errorCode", str)
	member(fault, "ErrorFault", str)
	member(fault, "Unwrap", str)
	member(fault, "ErrorMessage", str)
	member(fault, "Reason", str)
	member(fault, "GetReason", str)
	predict(t, b)
	checkFields(t, plain, map[string]string{"String_": "*string", "Error": "*string", "Private": "*string"})
	checkFields(t, fault, map[string]string{
		"Message": "*string", "Error_": "*string", "ErrorCode_": "*string", "ErrorFault_": "*string",
		"Unwrap_": "*string", "ErrorMessage": "*string", "Reason": "*string", "GetReason_": "*string",
	})
}

func TestUnions(t *testing.T) {
	b := newModel("DynamoDB")
	av := b.shape("AttributeValue", ir.KindUnion)
	inner := b.shape("Inner", ir.KindStructure)
	member(av, "S", b.prelude(ir.KindString))
	member(av, "N", b.prelude(ir.KindInteger))
	member(av, "M", b.mapOf("MapAttributeValue", av, false))
	member(av, "Inner", inner)
	clash := b.shape("AttributeValueMemberS", ir.KindStructure)
	unknown := b.shape("UnknownUnionMember", ir.KindStructure)
	predict(t, b)
	checkFields(t, av, map[string]string{
		"AttributeValueMemberS":     "string",
		"AttributeValueMemberN":     "int32",
		"AttributeValueMemberM":     "map[string]types.AttributeValue",
		"AttributeValueMemberInner": "types.Inner",
	})
	if clash.Go.TypeName != "AttributeValueMemberS_" || unknown.Go.TypeName != "UnknownUnionMember_" {
		t.Errorf("names reserved for union members must be escaped: %q, %q", clash.Go.TypeName, unknown.Go.TypeName)
	}
}

func TestStreams(t *testing.T) {
	b := newModel("Example")
	body := b.prelude(ir.KindBlob)
	stream := b.shape("StreamingBlob", ir.KindBlob)
	stream.Streaming = true
	events := b.shape("Events", ir.KindUnion)
	events.Streaming = true
	member(events, "chunk", body)
	in := b.shape("PutRequest", ir.KindStructure)
	member(in, "Body", stream)
	out := b.shape("GetResponse", ir.KindStructure)
	member(out, "Body", stream)
	member(out, "Events", events)
	b.op("Put", in, nil)
	b.op("Get", nil, out)
	predict(t, b)
	if got := in.Members[0].Go.Type.String(); got != "io.Reader" {
		t.Errorf("streaming input = %s, want io.Reader", got)
	}
	if got := out.Members[0].Go.Type.String(); got != "io.ReadCloser" {
		t.Errorf("streaming output = %s, want io.ReadCloser", got)
	}
	if !out.Members[1].Go.Skip || in.Members[0].Go.Skip {
		t.Error("only the event stream member has no SDK field")
	}
}

func TestCustomizations(t *testing.T) {
	s3 := newModel("S3")
	s3Obj := s3.shape("Object", ir.KindStructure)
	member(s3Obj, "Size", s3.shape("Size", ir.KindInteger))
	member(s3Obj, "IsLatest", s3.prelude(ir.KindBoolean), withDefault("false"))
	member(s3Obj, "Parts", s3.prelude(ir.KindInteger), withDefault("0"))
	predict(t, s3)
	checkFields(t, s3Obj, map[string]string{"Size": "*int64", "IsLatest": "*bool", "Parts": "*int32"})

	ec2 := newModel("EC2")
	ec2Inst := ec2.shape("Instance", ir.KindStructure)
	member(ec2Inst, "EbsOptimized", ec2.prelude(ir.KindBoolean), withDefault("false"))
	predict(t, ec2)
	checkFields(t, ec2Inst, map[string]string{"EbsOptimized": "*bool"})

	sqs := newModel("SQS")
	send := sqs.shape("SendMessageRequest", ir.KindStructure)
	member(send, "DelaySeconds", sqs.prelude(ir.KindInteger))
	member(send, "Other", sqs.prelude(ir.KindInteger))
	ty := newTyper(predict(t, sqs))
	checkFields(t, send, map[string]string{"DelaySeconds": "int32", "Other": "*int32"})
	ty.memberType(send, send.Members[0], inInput)
	if c := ty.applied[send.Members[0]]; c == nil || c.Rule != unboxed {
		t.Errorf("the SQS entry must be recorded as the explanation, got %+v", c)
	}
	if c := ty.applied[send.Members[1]]; c != nil {
		t.Errorf("no customization applies to Other, got %+v", c)
	}
}

func TestOperationsWaitersPaginators(t *testing.T) {
	b := newModel("Example")
	b.op("listThings", nil, nil)
	b.op("DeleteThing", nil, nil)
	b.svc.Paginators = []*ir.Paginator{{Operation: "listThings"}}
	b.svc.Waiters = []*ir.Waiter{{Name: "ThingExists", Operation: "DescribeThing"}}
	svc := predict(t, b)
	list := svc.Operations[0].Go
	if list.Method != "ListThings" || list.InputType != "ListThingsInput" || list.OutputType != "ListThingsOutput" || !list.Paginated {
		t.Errorf("listThings: %+v", list)
	}
	if svc.Operations[1].Go.Paginated {
		t.Error("DeleteThing has no paginator")
	}
	if w := svc.Waiters[0].Go; w.TypeName != "ThingExistsWaiter" || w.Constructor != "NewThingExistsWaiter" {
		t.Errorf("waiter: %+v", w)
	}
}

func TestPredictRejectsBadModels(t *testing.T) {
	b := newModel("Example")
	s := b.shape("Broken", ir.KindStructure)
	member(s, "dangling", nil)
	b.svc.Index()
	err := Predict(b.svc)
	if err == nil || !strings.Contains(err.Error(), "test.json") || !strings.Contains(err.Error(), "dangling") {
		t.Fatalf("err = %v, want one naming the file and the member", err)
	}
	if err := Predict(&ir.Service{Source: "x.json"}); err == nil || !strings.Contains(err.Error(), "x.json") {
		t.Fatalf("missing sdkId: err = %v", err)
	}
	for _, id := range []string{"../../etc", "Foo.Bar", "9Lives", "A/B"} {
		err := Predict(&ir.Service{SDKID: id, Source: "x.json"})
		if err == nil || !strings.Contains(err.Error(), "x.json") || !strings.Contains(err.Error(), id) {
			t.Errorf("sdkId %q: err = %v, want one naming the file and the sdkId", id, err)
		}
	}
}

// TestReconcileSDKWins feeds a hand-written SDK package that disagrees with
// the model in every way the report knows.
func TestReconcileSDKWins(t *testing.T) {
	b := newModel("Example")
	str, integer := b.prelude(ir.KindString), b.prelude(ir.KindInteger)
	color := b.shape("Color", ir.KindEnum)
	color.Enum = []ir.EnumValue{{Value: "dark-red"}, {Value: "BLUE"}, {Value: "gone"}}
	fault := b.shape("Oops", ir.KindStructure)
	fault.ErrorFault = "client"
	member(fault, "message", str)
	in := b.shape("GetInput", ir.KindStructure)
	member(in, "Count", integer)
	member(in, "Color", color)
	member(in, "Removed", str)
	b.op("Get", in, nil).Errors = []*ir.Shape{fault}
	b.op("Vanished", nil, nil)
	b.svc.Paginators = []*ir.Paginator{{Operation: "Get"}}
	b.svc.Waiters = []*ir.Waiter{{Name: "Ready", Operation: "Get"}}
	svc := predict(t, b)

	pkg := &sdksrc.Package{
		Version: "v1.2.3",
		Operations: map[string]*sdksrc.Operation{
			"Get":   {Name: "Get", Input: []sdksrc.Field{{Name: "Count", Type: "int32"}, {Name: "Color", Type: "types.Color"}, {Name: "Fresh", Type: "*string"}}},
			"New":   {Name: "New"},
			"Added": {Name: "Added", WireName: "Added", Summary: "Adds a thing.", Typed: true, Paginated: true},
		},
		Structs: map[string]*sdksrc.Struct{"Oops": {Name: "Oops", Error: true, Fields: []sdksrc.Field{{Name: "Message", Type: "*string"}, {Name: "ErrorCodeOverride", Type: "*string"}}}},
		Enums:   map[string]*sdksrc.Enum{"Color": {Name: "Color", Underlying: "string", Constants: []sdksrc.Constant{{Name: "ColorDarkRed", Value: "dark-red"}, {Name: "ColorBlue2", Value: "BLUE"}}}},
		Waiters: map[string]string{},
	}
	rep := &ServiceReport{Service: "Example", Package: "example"}
	reconcile(svc, pkg, rep)

	if svc.Go.SDKVersion != "v1.2.3" || rep.SDKVersion != "v1.2.3" {
		t.Errorf("SDKVersion: %q / %q", svc.Go.SDKVersion, rep.SDKVersion)
	}
	get, vanished := svc.Operations[0], svc.Operations[1]
	if get.Go.Skip || !vanished.Go.Skip {
		t.Error("only the operation the SDK lacks is skipped")
	}
	if get.Go.Paginated {
		t.Error("the SDK has no paginator for Get: it wins")
	}
	if got := in.MemberNamed("Count").Go.Type; got.String() != "int32" || got.IsPointer() {
		t.Errorf("Count = %s, want the SDK's int32", got)
	}
	if !in.MemberNamed("Removed").Go.Skip || in.MemberNamed("Count").Go.Skip {
		t.Error("only the member the SDK lacks is skipped")
	}
	names := []string{color.Enum[0].GoName, color.Enum[1].GoName, color.Enum[2].GoName}
	if names[0] != "ColorDarkRed" || names[1] != "ColorBlue2" || names[2] != "" {
		t.Errorf("enum names = %q", names)
	}
	if w := svc.Waiters[0].Go; w != (ir.GoWaiter{}) {
		t.Errorf("a waiter the SDK lacks must lose its names, got %+v", w)
	}
	// An operation only the SDK has is taken from it when its source names
	// its input and output types, and kept apart from the model's.
	if len(svc.Operations) != 2 || len(svc.SDKOperations) != 1 {
		t.Fatalf("operations: %d from the model, %d from the SDK; want 2 and 1 (Added)", len(svc.Operations), len(svc.SDKOperations))
	}
	added := svc.SDKOperations[0]
	wantGo := ir.GoOperation{Method: "Added", InputType: "AddedInput", OutputType: "AddedOutput", Paginated: true}
	if added.Name != "Added" || added.Summary != "Adds a thing." || added.Go != wantGo || added.Input != nil {
		t.Errorf("SDK operation = %+v", added)
	}
	if svc.Operation("Added") != nil {
		t.Error("an SDK-only operation must not be found among the model's")
	}
	var kinds []string
	for _, d := range rep.Drift {
		kinds = append(kinds, string(d.Kind)+" "+d.Operation+d.Shape+"."+d.Member)
	}
	want := []string{
		"paginator-overridden Get.",
		"type-overridden GetInput.Count",
		"missing-member GetInput.Removed",
		"sdk-only-member GetInput.Fresh",
		"missing-operation Vanished.",
		"operation-from-sdk Added.",
		"sdk-only-operation New.",
		"enum-name-overridden Color.BLUE",
		"missing-enum-value Color.gone",
		"missing-waiter Get.",
	}
	if strings.Join(kinds, "\n") != strings.Join(want, "\n") {
		t.Errorf("drift:\n%s\nwant:\n%s", strings.Join(kinds, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseType(t *testing.T) {
	q := map[string]string{"types": "example.com/svc/types", "time": "time"}
	for _, s := range []string{"*string", "[]types.Message", "map[string]*types.X", "*time.Time", "[][]byte", "int32"} {
		typ, err := ParseType(s, q)
		if err != nil || typ.String() != s {
			t.Errorf("ParseType(%q) = %s, %v", s, typ, err)
		}
	}
	if typ, _ := ParseType("[]types.Message", q); typ.Elem.Path != "example.com/svc/types" {
		t.Errorf("qualifier not resolved: %+v", typ.Elem)
	}
	for _, s := range []string{"chan int", "other.Thing", "func()"} {
		if _, err := ParseType(s, q); err == nil {
			t.Errorf("ParseType(%q) must fail", s)
		}
	}
}

// repoRoot is this repository's module root: its go.mod pins the SDK.
func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// TestResolveAgainstPinnedSQS runs Resolve end to end on a hand-built
// slice of SQS, against the SQS module pinned in this repository's go.mod.
func TestResolveAgainstPinnedSQS(t *testing.T) {
	b := newModel("SQS")
	str, integer := b.prelude(ir.KindString), b.prelude(ir.KindInteger)
	send := b.shape("SendMessageRequest", ir.KindStructure)
	member(send, "QueueUrl", str, func(m *ir.Member) { m.Required = true })
	member(send, "MessageBody", str)
	member(send, "DelaySeconds", integer)
	out := b.shape("SendMessageResult", ir.KindStructure)
	member(out, "MessageId", str)
	b.op("SendMessage", send, out)
	b.op("SendTelegram", nil, nil)
	other := newModel("Not A Real Service")
	b.svc.Index()
	other.svc.Index()

	cache := t.TempDir()
	report, err := Resolve([]*ir.Service{b.svc, other.svc}, Options{ModuleDir: repoRoot(t), CacheDir: cache})
	if err != nil {
		t.Fatal(err)
	}
	if b.svc.Go.SDKVersion == "" || report.Services[0].SDKVersion != b.svc.Go.SDKVersion {
		t.Errorf("SQS version not recorded: %q", b.svc.Go.SDKVersion)
	}
	if other.svc.Go.SDKVersion != "" || other.svc.Go.PackageName != "notarealservice" {
		t.Errorf("a service missing from go.mod is predicted only: %+v", other.svc.Go)
	}
	if !b.svc.Operations[1].Go.Skip || report.Count(MissingOperation) != 1 {
		t.Errorf("SendTelegram must be skipped and reported: %s", report.Summary())
	}
	if report.Count(TypeOverridden) != 0 {
		t.Errorf("the SQS table entry must make DelaySeconds agree: %s", report.Summary())
	}
	if report.Count(SDKOnlyMember) == 0 {
		t.Error("fields this slice omits must be reported as sdk-only")
	}
	// Every other operation of the SQS client comes from the SDK source.
	var fromSDK []string
	for _, op := range b.svc.SDKOperations {
		fromSDK = append(fromSDK, op.Name)
	}
	if !slices.Contains(fromSDK, "ListQueues") || slices.Contains(fromSDK, "SendMessage") ||
		report.Count(OperationFromSDK) != len(fromSDK) || report.Count(SDKOnlyOperation) != 0 {
		t.Errorf("operations taken from the SDK: %v; summary:\n%s", fromSDK, report.Summary())
	}
	// Resolved again without an SDK, the service has the model's alone.
	if _, err := Resolve([]*ir.Service{b.svc}, Options{}); err != nil || len(b.svc.SDKOperations) != 0 {
		t.Errorf("predicted again: %d operations from the SDK kept (err %v), want none", len(b.svc.SDKOperations), err)
	}
	if s := report.Summary(); !strings.Contains(s, "1 checked against the pinned SDK") ||
		!strings.Contains(s, "missing from the SDK, skipped: 1 missing-operation (sqs)") || strings.Count(s, "\n") > 4 {
		t.Errorf("summary:\n%s", s)
	}
	raw, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(raw, &back); err != nil || len(back.Services) != 2 || back.Services[0].Drift[0].Kind == "" {
		t.Errorf("report JSON does not round-trip: %v %s", err, raw)
	}
}

func TestTableRemovalsApplyWithoutSDK(t *testing.T) {
	s3 := newModel("S3")
	s3.op("GetBucketLifecycle", nil, nil)
	s3.op("GetBucketLifecycleConfiguration", nil, nil)
	predict(t, s3)
	if !s3.svc.Operations[0].Go.Skip || s3.svc.Operations[1].Go.Skip {
		t.Error("only the operation the table removes is skipped")
	}
	ec2 := newModel("EC2")
	req := ec2.shape("CopySnapshotRequest", ir.KindStructure)
	member(req, "DestinationRegion", ec2.prelude(ir.KindString))
	member(req, "SourceRegion", ec2.prelude(ir.KindString))
	predict(t, ec2)
	if !req.Members[0].Go.Skip || req.Members[1].Go.Skip {
		t.Error("only the member the SDK keeps unexported is skipped")
	}
}

// TestReconcileStructureThatIsAnSDKUnion covers botocore shapes that
// predate union traits (DynamoDB's AttributeValue, event streams).
func TestReconcileStructureThatIsAnSDKUnion(t *testing.T) {
	b := newModel("Kinesis")
	str := b.prelude(ir.KindString)
	fault := b.shape("ResourceNotFoundException", ir.KindStructure)
	fault.ErrorFault = "client"
	event := b.shape("SubscribeToShardEvent", ir.KindStructure)
	stream := b.shape("SubscribeToShardEventStream", ir.KindStructure)
	stream.Streaming = true
	member(stream, "SubscribeToShardEvent", event)
	member(stream, "ResourceNotFoundException", fault)
	out := b.shape("SubscribeToShardOutput", ir.KindStructure)
	member(out, "EventStream", stream)
	member(out, "Note", str)
	b.op("SubscribeToShard", nil, out)
	svc := predict(t, b)
	if !out.Members[0].Go.Skip || !stream.Members[1].Go.Skip || stream.Members[0].Go.Skip {
		t.Fatal("event stream member and the stream's error member have no SDK counterpart; the event has")
	}
	pkg := &sdksrc.Package{
		Operations: map[string]*sdksrc.Operation{"SubscribeToShard": {Name: "SubscribeToShard", Output: []sdksrc.Field{{Name: "Note", Type: "*string"}}}},
		Structs: map[string]*sdksrc.Struct{
			"SubscribeToShardEvent":     {Name: "SubscribeToShardEvent"},
			"ResourceNotFoundException": {Name: "ResourceNotFoundException", Error: true},
		},
		Unions: map[string]*sdksrc.Union{"SubscribeToShardEventStream": {Name: "SubscribeToShardEventStream",
			Members: map[string]string{"SubscribeToShardEventStreamMemberSubscribeToShardEvent": "types.SubscribeToShardEvent"}}},
	}
	rep := &ServiceReport{}
	reconcile(svc, pkg, rep)
	if stream.Kind != ir.KindUnion || stream.Members[0].Go.FieldName != "SubscribeToShardEventStreamMemberSubscribeToShardEvent" {
		t.Errorf("stream = %s with member %s, want the SDK's union", stream.Kind, stream.Members[0].Go.FieldName)
	}
	if got := stream.Members[0].Go.Type.String(); got != "types.SubscribeToShardEvent" {
		t.Errorf("union member value = %s", got)
	}
	if len(rep.Drift) != 1 || rep.Drift[0].Kind != KindOverridden {
		t.Errorf("drift = %+v, want one kind-overridden", rep.Drift)
	}
}
