package botocore

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
)

// doc wraps shapes in a model whose operation Op takes shape In, which
// shapes must define.
func doc(shapes string) string {
	return `{"metadata": {"apiVersion": "1", "protocol": "rest-json", "serviceId": "Ex", "endpointPrefix": "ex"},
  "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}},
  "shapes": {
  ` + shapes + `}}`
}

const validIn = `"In": {"type": "structure", "members": {"Name": {"shape": "S"}}}, "S": {"type": "string"}`

func TestLoadBadInput(t *testing.T) {
	valid := doc(validIn)
	cut := strings.Index(valid, `"Name"`) + 10
	tests := []struct {
		name                         string
		service, waiters, paginators string
		file, path, msg              string
	}{
		{name: "truncated", service: valid[:cut],
			file: "service-2.json", path: "$.shapes.In.members.Name", msg: "truncated JSON: input ends at line 4, column 53 (byte 281)"},
		{name: "dangling reference", service: doc(`"In": {"type": "structure", "members": {"Name": {"shape": "Nope"}}}`),
			file: "service-2.json", path: "$.shapes.In.members.Name.shape", msg: `shape "Nope" is not defined`},
		{name: "dangling input", service: doc(validIn[len(`"In": {"type": "structure", "members": {"Name": {"shape": "S"}}}, `):]),
			file: "service-2.json", path: "$.operations.Op.input.shape", msg: `shape "In" is not defined`},
		{name: "unknown shape type", service: doc(`"In": {"type": "struct"}`),
			file: "service-2.json", path: "$.shapes.In.type", msg: `unknown shape type "struct"`},
		{name: "members not an object", service: doc(`"In": {"type": "structure", "members": []}`),
			file: "service-2.json", path: "$.shapes.In.members", msg: "wrong JSON type at line 4, column 42: got array, want object"},
		{name: "required names no member", service: doc(`"In": {"type": "structure", "required": ["Nmae"], "members": {"Name": {"shape": "In"}}}`),
			file: "service-2.json", path: "$.shapes.In.required[0]", msg: `required member "Nmae" is not a member`},
		{name: "not botocore", service: `{"version": "2.0"}`,
			file: "service-2.json", path: "$", msg: "not a botocore service model"},
		{name: "unknown protocol", service: strings.Replace(valid, `"rest-json"`, `"carrier-pigeon"`, 1),
			file: "service-2.json", path: "$.metadata.protocol", msg: `unknown protocol "carrier-pigeon"`},
		{name: "waiter on unknown operation", service: valid, waiters: `{"waiters": {"Ready": {"operation": "Nope", "delay": 1, "maxAttempts": 2}}}`,
			file: "waiters-2.json", path: "$.waiters.Ready.operation", msg: `operation "Nope" is not in the service model`},
		{name: "truncated waiters", service: valid, waiters: `{"waiters": {"Ready": {"operation": "Op", "del`,
			file: "waiters-2.json", path: "$.waiters.Ready", msg: "truncated JSON"},
		{name: "paginator token of wrong type", service: valid, paginators: `{"pagination": {"Op": {"input_token": 3}}}`,
			file: "paginators-1.json", path: "$.pagination.Op.input_token", msg: "want a string or a list of strings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc, err := Load(filepath.Join("models", "service-2.json"), []byte(tt.service), bytesOrNil(tt.waiters), bytesOrNil(tt.paginators))
			var e *ir.Error
			if !errors.As(err, &e) {
				t.Fatalf("Load error = %v (%T), want *ir.Error", err, err)
			}
			if svc != nil {
				t.Error("Load returned a service with the error")
			}
			if want := filepath.Join("models", tt.file); e.File != want || e.Path != tt.path || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error = {File: %q, Path: %q, Msg: %q}\nwant {File: %q, Path: %q, Msg containing %q}",
					e.File, e.Path, e.Msg, want, tt.path, tt.msg)
			}
		})
	}
}

func bytesOrNil(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s)
}

func loadOne(t *testing.T, service string) *ir.Service {
	t.Helper()
	svc, err := Load("service-2.json", []byte(service), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	loadtest.CheckResolved(t, svc)
	return svc
}

func TestLoadRecursiveStructure(t *testing.T) {
	svc := loadOne(t, doc(`"In": {"type": "structure", "members": {"Self": {"shape": "In"}, "Kids": {"shape": "L"}}},
		"L": {"type": "list", "member": {"shape": "In"}}`))
	in := svc.Shape("In")
	if in.Members[0].Target != in || in.Members[1].Target.Member.Target != in {
		t.Errorf("In members target %s and %s, want In itself", in.Members[0].Target.ID, in.Members[1].Target.Member.Target.ID)
	}
}

func TestLoadKeywordMemberNames(t *testing.T) {
	names := []string{"type", "func", "String", "map", "Error", "go"}
	var members []string
	for _, n := range names {
		members = append(members, `"`+n+`": {"shape": "S"}`)
	}
	svc := loadOne(t, doc(`"In": {"type": "structure", "members": {`+strings.Join(members, ", ")+`}}, "S": {"type": "string"}`))
	var got []string
	for _, m := range svc.Shape("In").Members {
		got = append(got, m.Name)
	}
	if diff := cmp.Diff(names, got); diff != "" {
		t.Errorf("member names (-want +got):\n%s", diff)
	}
}

func TestLoadDocumentationSurvives(t *testing.T) {
	svc := loadOne(t, doc(`"In": {"type": "structure", "members": {"Name": {"shape": "S",
		"documentation": "<p>Use <code>a/*</code> and <code>*/</code> or `+"`ticks`"+`. More.</p>"}},
		"documentation": "Closes */ early."}, "S": {"type": "string"}`))
	in := svc.Shape("In")
	if want := "Closes */ early."; in.Summary != want {
		t.Errorf("shape Summary = %q, want %q", in.Summary, want)
	}
	if want := "Use a/* and */ or `ticks`."; in.Members[0].Summary != want {
		t.Errorf("member Summary = %q, want %q", in.Members[0].Summary, want)
	}
}

func TestLoadFeatures(t *testing.T) {
	var files [3][]byte
	for i, name := range []string{"service-2.json", "waiters-2.json", "paginators-1.json"} {
		var err error
		if files[i], err = os.ReadFile(filepath.Join("testdata/features", name)); err != nil {
			t.Fatal(err)
		}
	}
	svc, err := Load("testdata/features/service-2.json", files[0], files[1], files[2])
	if err != nil {
		t.Fatal(err)
	}
	loadtest.CheckResolved(t, svc)

	wantSvc := ir.Service{
		SDKID: "Feature Service", ShapeName: "Feature Service", Protocol: "awsJson1_1", APIVersion: "2020-01-01",
		SigningName: "feat", TargetPrefix: "FeatureService", EndpointPrefix: "feat", Title: "Feature Test Service",
		Source: "testdata/features/service-2.json",
	}
	if diff := cmp.Diff(wantSvc, *svc, cmpopts.IgnoreFields(ir.Service{}, "Operations", "Shapes", "Resources", "Waiters", "Paginators"),
		cmpopts.IgnoreUnexported(ir.Service{})); diff != "" {
		t.Errorf("service (-want +got):\n%s", diff)
	}

	put, list, ping := svc.Operation("PutThing"), svc.Operation("ListThings"), svc.Operation("Ping")
	if len(svc.Operations) != 3 || svc.Operations[0] != list || svc.Operations[1] != ping || svc.Operations[2] != put {
		t.Errorf("operations not sorted by name: %v", svc.Operations)
	}
	if !put.Idempotent || put.Summary != "Puts a thing." || put.HTTP != (ir.HTTPBinding{Method: "POST", URI: "/"}) {
		t.Errorf("PutThing = %+v", put)
	}
	if !list.ReadOnly || !list.Deprecated || list.HTTP != (ir.HTTPBinding{Method: "GET", URI: "/things/{Owner}", Code: 200}) {
		t.Errorf("ListThings = %+v", list)
	}
	if ping.Input != nil || ping.Output != nil {
		t.Errorf("Ping has input %v, output %v; want none", ping.Input, ping.Output)
	}

	opts := cmp.Options{cmpopts.IgnoreFields(ir.Shape{}, "Members", "Member", "Key", "Value"), cmpopts.EquateEmpty()}
	for _, want := range []ir.Shape{
		{ID: "Kind", Name: "Kind", Kind: ir.KindEnum, Enum: []ir.EnumValue{{Value: "small"}, {Value: "LARGE"}}},
		{ID: "Choice", Name: "Choice", Kind: ir.KindUnion},
		{ID: "Doc", Name: "Doc", Kind: ir.KindDocument},
		{ID: "AttrMap", Name: "AttrMap", Kind: ir.KindMap, Sensitive: true},
		{ID: "Time", Name: "Time", Kind: ir.KindTimestamp, TimestampFormat: "iso8601"},
		{ID: "Stream", Name: "Stream", Kind: ir.KindBlob, Streaming: true},
		{ID: "Thing", Name: "Thing", Kind: ir.KindStructure, Summary: "A thing, which may contain things."},
		{ID: "NotFound", Name: "NotFound", Kind: ir.KindStructure, ErrorFault: "client", ErrorCode: "Thing.NotFound"},
		{ID: "Broken", Name: "Broken", Kind: ir.KindStructure, ErrorFault: "server"},
		{ID: "Legacy", Name: "Legacy", Kind: ir.KindStructure, ErrorFault: "client"},
	} {
		got := svc.Shape(want.ID)
		if got == nil {
			t.Errorf("shape %s missing", want.ID)
			continue
		}
		if diff := cmp.Diff(want, *got, opts); diff != "" {
			t.Errorf("%s (-want +got):\n%s", want.ID, diff)
		}
	}
	if svc.Shape("Unused") != nil {
		t.Error("shape Unused, which no operation reaches, was loaded")
	}

	members := func(id string) []ir.Member {
		var ms []ir.Member
		for _, m := range svc.Shape(id).Members {
			ms = append(ms, *m)
		}
		return ms
	}
	ignoreTarget := cmpopts.IgnoreFields(ir.Member{}, "Target")
	wantPut := []ir.Member{
		{Name: "Name", Required: true, Summary: "The name."},
		{Name: "Token", IdempotencyToken: true},
		{Name: "Kind", JSONName: "kind"},
		{Name: "ThingArn", ARN: true},
		{Name: "Old", Deprecated: true},
		{Name: "Attrs"}, {Name: "Choice"}, {Name: "Doc"}, {Name: "Count"},
	}
	if diff := cmp.Diff(wantPut, members("PutThingRequest"), ignoreTarget); diff != "" {
		t.Errorf("PutThingRequest members (-want +got):\n%s", diff)
	}
	wantList := []ir.Member{
		{Name: "Owner", Required: true, Location: "uri", LocationName: "Owner"},
		{Name: "NextToken", Location: "querystring", LocationName: "next"},
		{Name: "Max", Location: "querystring", LocationName: "max"},
		{Name: "Trace", Location: "header", LocationName: "X-Trace"},
		{Name: "Meta", Location: "headers", LocationName: "x-meta-"},
		{Name: "Prefix", HostLabel: true},
	}
	if diff := cmp.Diff(wantList, members("ListThingsRequest"), ignoreTarget); diff != "" {
		t.Errorf("ListThingsRequest members (-want +got):\n%s", diff)
	}
	wantResult := []ir.Member{{Name: "Things"}, {Name: "NextToken"}, {Name: "Body", Location: "payload"}, {Name: "Status", Location: "statusCode"}}
	if diff := cmp.Diff(wantResult, members("ListThingsResult"), ignoreTarget); diff != "" {
		t.Errorf("ListThingsResult members (-want +got):\n%s", diff)
	}
	if m := svc.Shape("ThingList").Member; m.Target.ID != "Thing" || m.JSONName != "item" || !m.XMLFlattened {
		t.Errorf("ThingList member = %+v, want Thing named item, flattened", m)
	}

	wantW := []*ir.Waiter{
		{Name: "AnyThing", Operation: "ListThings", MinDelay: 15, MaxDelay: 15, MaxAttempts: 4},
		{Name: "ThingExists", Operation: "ListThings", MinDelay: 5, MaxDelay: 5, MaxAttempts: 40},
	}
	if diff := cmp.Diff(wantW, svc.Waiters); diff != "" {
		t.Errorf("waiters (-want +got):\n%s", diff)
	}
	wantP := []*ir.Paginator{
		{Operation: "ListThings", InputToken: "NextToken", OutputToken: "NextToken", Items: "Things", PageSize: "Max"},
		{Operation: "PutThing", InputToken: "Name,Token", OutputToken: "Thing.Parts,Thing.Created", Items: "Thing"},
	}
	if diff := cmp.Diff(wantP, svc.Paginators); diff != "" {
		t.Errorf("paginators (-want +got):\n%s", diff)
	}
}
