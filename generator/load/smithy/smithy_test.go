package smithy

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
)

// doc wraps shapes in a document whose service ex#Svc has operation ex#Op
// taking ex#In, which shapes must define.
func doc(shapes string) string {
	return `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "Ex"}, "aws.protocols#awsJson1_1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "ex#In"}, "output": {"target": "smithy.api#Unit"}},
  ` + shapes + `}}`
}

const validIn = `"ex#In": {"type": "structure", "members": {"Name": {"target": "smithy.api#String"}}}`

func TestLoadBadInput(t *testing.T) {
	valid := doc(validIn)
	cut := strings.Index(valid, `"Name"`) + 10
	tests := []struct {
		name, doc, path, msg string
	}{
		{"truncated", valid[:cut], `$.shapes["ex#In"].members.Name`, "truncated JSON: input ends at line 5, column 56 (byte 360)"},
		{"syntax error", `{"smithy": "2.0",, "shapes": {}}`, `$.smithy`, "invalid JSON at line 1, column 18: invalid character ','"},
		{"dangling reference", doc(`"ex#In": {"type": "structure", "members": {"Name": {"target": "ex#Missing"}}}`),
			`$.shapes["ex#In"].members.Name.target`, `shape "ex#Missing" is not defined`},
		{"dangling input", doc(`"ex#Other": {"type": "string"}`), `$.shapes["ex#Op"].input.target`, `structure "ex#In" is not defined`},
		{"unknown shape type", doc(`"ex#In": {"type": "struct"}`), `$.shapes["ex#In"].type`, `unknown shape type "struct"`},
		{"members not an object", doc(`"ex#In": {"type": "structure", "members": []}`),
			`$.shapes["ex#In"].members`, "wrong JSON type at line 5, column 45: got array, want object"},
		{"target not a string", doc(`"ex#In": {"type": "structure", "members": {"Name": {"target": 7}}}`),
			`$.shapes["ex#In"].members.Name.target`, "got number, want string"},
		{"trait of wrong type", doc(`"ex#In": {"type": "structure", "members": {"Name": {"target": "smithy.api#String", "traits": {"smithy.api#required": true}}}}`),
			`$.shapes["ex#In"].members.Name.traits["smithy.api#required"]`, "got bool, want object"},
		{"no service", `{"smithy": "2.0", "shapes": {"ex#A": {"type": "string"}}}`, `$.shapes`, "no service shape"},
		{"not smithy", `{"shapes": {}}`, `$.smithy`, "missing Smithy version"},
		{"operation list names a structure", strings.Replace(doc(validIn), `"operations": [{"target": "ex#Op"}]`, `"operations": [{"target": "ex#In"}]`, 1),
			`$.shapes["ex#Svc"].operations[0].target`, `"ex#In" is a structure shape, want operation`},
		{"member targets an operation", doc(`"ex#In": {"type": "structure", "members": {"Name": {"target": "ex#Op"}}}`),
			`$.shapes["ex#In"].members.Name.target`, `targets operation shape "ex#Op"`},
		{"list without member", doc(`"ex#In": {"type": "structure", "members": {"L": {"target": "ex#L"}}}, "ex#L": {"type": "list"}`),
			`$.shapes["ex#L"].member`, "missing member"},
		{"unreachable shapes are not checked", doc(validIn + `, "ex#In2": {"type": "structure", "members": {"E": {"target": "ex#E"}}}, "ex#E": {"type": "intEnum", "members": {"A": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "a"}}}}`),
			"", ""}, // unreachable from the service: loads
		{"reachable intEnum value not a number", doc(`"ex#In": {"type": "structure", "members": {"E": {"target": "ex#E"}}}, "ex#E": {"type": "intEnum", "members": {"A": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "a"}}}}`),
			`$.shapes["ex#E"].members.A.traits["smithy.api#enumValue"]`, `intEnum value must be an integer, got "a"`},
		{"resource lifecycle names a structure", strings.Replace(doc(validIn+`, "ex#R": {"type": "resource", "read": {"target": "ex#In"}}`),
			`"operations": [{"target": "ex#Op"}]`, `"operations": [{"target": "ex#Op"}], "resources": [{"target": "ex#R"}]`, 1),
			`$.shapes["ex#R"].read.target`, `"ex#In" is a structure shape, want operation`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svcs, err := Load("bad.json", []byte(tt.doc))
			if tt.path == "" {
				if err != nil || len(svcs) != 1 {
					t.Fatalf("Load = %d services, %v; want 1 service", len(svcs), err)
				}
				return
			}
			var e *ir.Error
			if !errors.As(err, &e) {
				t.Fatalf("Load error = %v (%T), want *ir.Error", err, err)
			}
			if svcs != nil {
				t.Errorf("Load returned %d services with the error", len(svcs))
			}
			if e.File != "bad.json" || e.Path != tt.path || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error = {File: %q, Path: %q, Msg: %q}\nwant {File: %q, Path: %q, Msg containing %q}",
					e.File, e.Path, e.Msg, "bad.json", tt.path, tt.msg)
			}
		})
	}
}

func TestLoadRecursiveStructure(t *testing.T) {
	svc := loadOne(t, doc(`"ex#In": {"type": "structure", "members": {
		"Self": {"target": "ex#In"},
		"Children": {"target": "ex#List"}}},
	"ex#List": {"type": "list", "member": {"target": "ex#In"}}`))
	in := svc.Shape("ex#In")
	if in == nil || len(in.Members) != 2 {
		t.Fatalf("ex#In = %+v, want a structure with 2 members", in)
	}
	if in.Members[0].Target != in {
		t.Errorf("Self targets %p, want ex#In itself (%p)", in.Members[0].Target, in)
	}
	if list := in.Members[1].Target; list.Member.Target != in {
		t.Errorf("Children element targets %s, want ex#In", list.Member.Target.ID)
	}
}

func TestLoadKeywordMemberNames(t *testing.T) {
	// Go keywords and names that clash with SDK methods must reach the IR
	// unchanged and in model order; renaming is generator/golang's job.
	names := []string{"type", "func", "String", "map", "Error", "go", "_private"}
	var members []string
	for _, n := range names {
		members = append(members, `"`+n+`": {"target": "smithy.api#String"}`)
	}
	svc := loadOne(t, doc(`"ex#In": {"type": "structure", "members": {`+strings.Join(members, ", ")+`}}`))
	var got []string
	for _, m := range svc.Shape("ex#In").Members {
		got = append(got, m.Name)
	}
	if diff := cmp.Diff(names, got); diff != "" {
		t.Errorf("member names (-want +got):\n%s", diff)
	}
}

func TestLoadDocumentationSurvives(t *testing.T) {
	svc := loadOne(t, doc(`"ex#In": {"type": "structure", "members": {"Name": {"target": "smithy.api#String",
		"traits": {"smithy.api#documentation": "<p>Matches <code>a/*</code> then <code>*/b</code>, or `+"`x`"+` in Markdown. More.</p>"}}},
		"traits": {"smithy.api#documentation": "Ends a comment: */ and opens one: /* with \"quotes\" &amp; entities."}}`))
	in := svc.Shape("ex#In")
	if want := "Ends a comment: */ and opens one: /* with \"quotes\" & entities."; in.Summary != want {
		t.Errorf("shape Summary = %q, want %q", in.Summary, want)
	}
	if want := "Matches a/* then */b, or `x` in Markdown."; in.Members[0].Summary != want {
		t.Errorf("member Summary = %q, want %q", in.Members[0].Summary, want)
	}
}

func loadOne(t *testing.T, doc string) *ir.Service {
	t.Helper()
	svcs, err := Load("test.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(svcs) != 1 {
		t.Fatalf("Load returned %d services, want 1", len(svcs))
	}
	loadtest.CheckResolved(t, svcs[0])
	return svcs[0]
}

func TestLoadFeatures(t *testing.T) {
	data, err := os.ReadFile("testdata/features.json")
	if err != nil {
		t.Fatal(err)
	}
	svcs, err := Load("testdata/features.json", data)
	if err != nil {
		t.Fatal(err)
	}
	svc := svcs[0]
	loadtest.CheckResolved(t, svc)

	wantSvc := ir.Service{
		SDKID: "Feature Service", ShapeName: "Feature", Protocol: "restJson1", APIVersion: "2024-01-01",
		ARNNamespace: "feat", SigningName: "featsign", EndpointPrefix: "feature", Title: "Feature Test Service",
		Source: "testdata/features.json",
	}
	if diff := cmp.Diff(wantSvc, *svc, cmpopts.IgnoreFields(ir.Service{}, "Operations", "Shapes", "Resources", "Waiters", "Paginators"),
		cmpopts.IgnoreUnexported(ir.Service{})); diff != "" {
		t.Errorf("service (-want +got):\n%s", diff)
	}

	t.Run("operations", func(t *testing.T) {
		var names []string
		for _, op := range svc.Operations {
			names = append(names, op.Name)
		}
		// Only Ping is bound to the service directly; the rest come through
		// the Bucket resource and its Object child.
		want := []string{"DeleteBucket", "GetBucket", "ListBuckets", "Ping", "PurgeObjects", "PutBucket", "PutObject", "TouchObject"}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Errorf("operations (-want +got):\n%s", diff)
		}
		ping := svc.Operation("Ping")
		if ping.Input != nil || ping.Output != nil || !ping.ReadOnly || ping.HTTP != (ir.HTTPBinding{Method: "GET", URI: "/ping", Code: 204}) {
			t.Errorf("Ping = %+v, want Unit input/output, readonly, GET /ping 204", ping)
		}
		if got := shapeIDs(svc.Operation("GetBucket").Errors); !cmp.Equal(got, []string{"ex.feat#NoSuchBucket", "ex.feat#Throttled"}) {
			t.Errorf("GetBucket errors = %v, want its own then the service's", got)
		}
		put := svc.Operation("PutBucket")
		if !put.Idempotent || put.Summary != "Creates a bucket." || put.Input.ID != "ex.feat#PutBucketInput" {
			t.Errorf("PutBucket = %+v", put)
		}
		if !svc.Operation("DeleteBucket").Deprecated {
			t.Error("DeleteBucket not deprecated")
		}
	})

	t.Run("resources", func(t *testing.T) {
		want := []*ir.Resource{
			{ID: "ex.feat#Bucket", Name: "Bucket", Identifiers: []ir.Identifier{{Name: "BucketName", Target: "ex.feat#Name"}},
				Properties: []string{"Created", "Owner"}, Put: "PutBucket", Read: "GetBucket", Delete: "DeleteBucket", List: "ListBuckets",
				Resources: []string{"ex.feat#Object"}},
			{ID: "ex.feat#Object", Name: "Object", Identifiers: []ir.Identifier{{Name: "BucketName", Target: "ex.feat#Name"}, {Name: "Key", Target: "smithy.api#String"}},
				Create: "PutObject", Operations: []string{"TouchObject"}, Collection: []string{"PurgeObjects"}, Parent: "ex.feat#Bucket"},
		}
		if diff := cmp.Diff(want, svc.Resources); diff != "" {
			t.Errorf("resources (-want +got):\n%s", diff)
		}
	})

	t.Run("waiters and paginators", func(t *testing.T) {
		wantW := []*ir.Waiter{
			{Name: "BucketExists", Operation: "GetBucket", MinDelay: 5, MaxDelay: 120},
			{Name: "BucketGone", Operation: "GetBucket", MinDelay: 2, MaxDelay: 120},
		}
		if diff := cmp.Diff(wantW, svc.Waiters); diff != "" {
			t.Errorf("waiters (-want +got):\n%s", diff)
		}
		wantP := []*ir.Paginator{{Operation: "ListBuckets", InputToken: "NextToken", OutputToken: "NextToken", Items: "Buckets", PageSize: "MaxResults"}}
		if diff := cmp.Diff(wantP, svc.Paginators); diff != "" {
			t.Errorf("paginators (-want +got):\n%s", diff)
		}
	})

	t.Run("shapes", func(t *testing.T) {
		want := []string{
			"ex.feat#Acl", "ex.feat#Body", "ex.feat#Count", "ex.feat#Events", "ex.feat#GetBucketInput", "ex.feat#GetBucketOutput",
			"ex.feat#Level", "ex.feat#ListBucketsInput", "ex.feat#ListBucketsOutput", "ex.feat#Meta", "ex.feat#Mode", "ex.feat#Name",
			"ex.feat#NameList", "ex.feat#NoSuchBucket", "ex.feat#PutBucketInput", "ex.feat#PutObjectInput", "ex.feat#Secret",
			"ex.feat#Settings", "ex.feat#Tags", "ex.feat#Throttled",
			"smithy.api#Integer", "smithy.api#PrimitiveBoolean", "smithy.api#String", "smithy.api#Timestamp", "smithy.api#Unit",
		}
		if diff := cmp.Diff(want, shapeIDs(svc.Shapes)); diff != "" {
			t.Errorf("shape closure (-want +got):\n%s", diff)
		}
		opts := cmp.Options{cmpopts.IgnoreFields(ir.Shape{}, "Members", "Member", "Key", "Value"), cmpopts.EquateEmpty()}
		for _, want := range []ir.Shape{
			{ID: "ex.feat#Name", Name: "Name", Kind: ir.KindString, ARN: "bucket/{BucketName}"},
			{ID: "ex.feat#NameList", Name: "NameList", Kind: ir.KindList, Sparse: true},
			{ID: "ex.feat#Body", Name: "Body", Kind: ir.KindBlob, Streaming: true},
			{ID: "ex.feat#Events", Name: "Events", Kind: ir.KindUnion, Streaming: true},
			{ID: "ex.feat#Settings", Name: "Settings", Kind: ir.KindDocument},
			{ID: "ex.feat#Level", Name: "Level", Kind: ir.KindIntEnum, Enum: []ir.EnumValue{{Name: "LOW", Value: "1", IntValue: 1}, {Name: "HIGH", Value: "9", IntValue: 9}}},
			{ID: "ex.feat#Mode", Name: "Mode", Kind: ir.KindEnum, Enum: []ir.EnumValue{{Name: "FAST", Value: "fast"}, {Name: "SLOW_MODE", Value: "SLOW_MODE"}}},
			{ID: "ex.feat#Acl", Name: "Acl", Kind: ir.KindEnum, Enum: []ir.EnumValue{{Name: "PRIVATE", Value: "private"}, {Value: "public-read"}}},
			{ID: "ex.feat#Secret", Name: "Secret", Kind: ir.KindString, Sensitive: true, TimestampFormat: "epoch-seconds"},
			{ID: "ex.feat#NoSuchBucket", Name: "NoSuchBucket", Kind: ir.KindStructure, ErrorFault: "client", ErrorCode: "Feat.NoSuchBucket"},
			{ID: "ex.feat#Throttled", Name: "Throttled", Kind: ir.KindStructure, ErrorFault: "server"},
			{ID: "smithy.api#Unit", Name: "Unit", Kind: ir.KindStructure},
		} {
			if diff := cmp.Diff(want, *svc.Shape(want.ID), opts); diff != "" {
				t.Errorf("%s (-want +got):\n%s", want.ID, diff)
			}
		}
	})

	t.Run("members", func(t *testing.T) {
		in := svc.Shape("ex.feat#PutBucketInput")
		want := []ir.Member{
			{Name: "BucketName", Required: true, HostLabel: true, Location: "uri", LocationName: "BucketName", ARN: true},
			{Name: "Token", IdempotencyToken: true, Location: "querystring", LocationName: "token"},
			{Name: "Acl", Location: "header", LocationName: "x-feat-acl"},
			{Name: "Meta", Location: "headers", LocationName: "x-feat-meta-"},
			{Name: "Body", Location: "payload"},
			{Name: "Count", HasDefault: true, Default: "0", ClientOptional: true},
			{Name: "Flag", HasDefault: true, Default: "false"},
			{Name: "Level", HasDefault: true, Default: "1", AddedDefault: true},
			{Name: "When", JSONName: "when_ts", XMLName: "WhenTs", XMLAttribute: true},
			{Name: "Tags", XMLFlattened: true},
			{Name: "OwnerArn", ARN: true},
			{Name: "Mode", HasDefault: true, Default: `"FAST"`},
			{Name: "Settings", HasDefault: true, Default: `{"a":[1,2]}`},
		}
		var got []ir.Member
		for _, m := range in.Members {
			got = append(got, *m)
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(ir.Member{}, "Target")); diff != "" {
			t.Errorf("PutBucketInput members (-want +got):\n%s", diff)
		}
		out := svc.Shape("ex.feat#GetBucketOutput")
		if m := out.MemberNamed("Status"); m.Location != "statusCode" || m.Target.ID != "smithy.api#Integer" {
			t.Errorf("Status = %+v, want statusCode location targeting smithy.api#Integer", m)
		}
	})
}

func shapeIDs(shapes []*ir.Shape) []string {
	var ids []string
	for _, s := range shapes {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestLoadRPCProtocolIgnoresHTTPBindings(t *testing.T) {
	// doc's service uses awsJson1_1, which sends every member in the body.
	svc := loadOne(t, doc(`"ex#In": {"type": "structure", "members": {
		"Id": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
		"Tag": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "x-tag"}}}}`))
	for _, m := range svc.Shape("ex#In").Members {
		if m.Location != "" || m.LocationName != "" {
			t.Errorf("member %s bound to %s %q, want the body", m.Name, m.Location, m.LocationName)
		}
	}
}
