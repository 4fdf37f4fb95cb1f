package resources_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/internal/scale"
)

// groundTruth sums resources.Lifecycles over svcs, detecting with ov as
// generation does: how many lifecycle resources the models declare, the
// ones not found ("sdkId shape (create/delete): why"), and the resources
// found by kind.
func groundTruth(svcs []*ir.Service, ov *resources.Overrides) (want int, misses []string, kinds map[resources.Kind]int, err error) {
	kinds = map[resources.Kind]int{}
	for _, svc := range svcs {
		found, err := resources.Find(svc, ov)
		if err != nil {
			return 0, nil, nil, fmt.Errorf("%s: %w", svc.SDKID, err)
		}
		for _, r := range found {
			kinds[r.Kind()]++
		}
		for _, l := range resources.Lifecycles(svc, found) {
			want++
			if !l.Found {
				misses = append(misses, fmt.Sprintf("%s %s (%s/%s): %s", svc.SDKID, l.Shape, l.Create, l.Delete, l.Why))
			}
		}
	}
	return want, misses, kinds, nil
}

// checkCoverage fails when fewer than min of the want lifecycle resources
// are found.
func checkCoverage(want int, misses []string, min float64) error {
	if want == 0 {
		return fmt.Errorf("no Smithy resource shape with a create or put and a delete operation")
	}
	if rate := float64(want-len(misses)) / float64(want); rate < min {
		return fmt.Errorf("%d of %d Smithy lifecycle resources found (%.1f %%), want at least %.0f %%",
			want-len(misses), want, 100*rate, 100*min)
	}
	return nil
}

// shared holds the shared Smithy models, loaded once per test binary
// with predicted Go names.
var shared struct {
	once sync.Once
	svcs []*ir.Service
	err  error
}

// allModels returns the 402 shared Smithy models, or skips (fails under
// CI=true) when they are absent.
func allModels(t *testing.T) []*ir.Service {
	t.Helper()
	dir := scale.ModelsDir(t)
	shared.once.Do(func() {
		shared.svcs, shared.err = load.Paths([]string{dir})
		for _, svc := range shared.svcs {
			if shared.err == nil {
				shared.err = golang.Predict(svc)
			}
		}
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.svcs
}

// TestDetectionMatchesSmithyLifecycles: over the 402 shared Smithy models,
// the resource shapes the models themselves declare with a create (or put)
// and a delete lifecycle operation are found, with that pair, for at least
// 98 % of them. The misses are logged with the reason.
func TestDetectionMatchesSmithyLifecycles(t *testing.T) {
	svcs := allModels(t)
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	want, misses, kinds, err := groundTruth(svcs, ov)
	if err != nil {
		t.Fatal(err)
	}
	total := kinds[resources.TopLevel] + kinds[resources.Child] + kinds[resources.Dependent]
	t.Logf("%d services: %d resources found (%d top-level, %d child, %d dependent); %d of %d Smithy lifecycle resources found",
		len(svcs), total, kinds[resources.TopLevel], kinds[resources.Child], kinds[resources.Dependent], want-len(misses), want)
	for _, m := range misses {
		t.Logf("missed: %s", m)
	}
	if len(svcs) < 402 || want < 290 {
		t.Errorf("%d services with %d Smithy lifecycle resources; want the 402 models with 298", len(svcs), want)
	}
	if err := checkCoverage(want, misses, 0.98); err != nil {
		t.Error(err)
	}
}

// TestGroundTruthCatchesAMiss: a model declaring a resource whose delete
// needs a value no create call gives is reported as a miss, with why, and
// the coverage check fails on it.
func TestGroundTruthCatchesAMiss(t *testing.T) {
	str := &ir.Shape{ID: "smithy.api#String", Name: "String", Kind: ir.KindString}
	structure := func(name string, members ...*ir.Member) *ir.Shape {
		return &ir.Shape{ID: name, Name: name, Kind: ir.KindStructure, Members: members}
	}
	required := func(name string) *ir.Member { return &ir.Member{Name: name, Target: str, Required: true} }
	svc := &ir.Service{
		SDKID: "Widgets",
		Operations: []*ir.Operation{
			{Name: "MakeWidget", Input: structure("MakeWidgetInput", &ir.Member{Name: "Label", Target: str}),
				Output: structure("MakeWidgetOutput", &ir.Member{Name: "WidgetId", Target: str})},
			{Name: "ScrapWidget", Input: structure("ScrapWidgetInput", required("WidgetId"))},
			// The delete needs a ticket the create neither takes nor returns.
			{Name: "OrderGadget", Input: structure("OrderGadgetInput", &ir.Member{Name: "Label", Target: str}),
				Output: structure("OrderGadgetOutput", &ir.Member{Name: "Receipt", Target: str})},
			{Name: "ReturnGadget", Input: structure("ReturnGadgetInput", required("Ticket"))},
		},
		Resources: []*ir.Resource{
			{ID: "w#Widget", Name: "Widget", Identifiers: []ir.Identifier{{Name: "WidgetId", Target: "String"}}, Put: "MakeWidget", Delete: "ScrapWidget"},
			{ID: "w#Gadget", Name: "Gadget", Identifiers: []ir.Identifier{{Name: "GadgetId", Target: "String"}}, Create: "OrderGadget", Delete: "ReturnGadget"},
			// No delete: not a lifecycle resource, so neither counted nor missed.
			{ID: "w#Gizmo", Name: "Gizmo", Identifiers: []ir.Identifier{{Name: "GizmoId", Target: "String"}}, Create: "MakeWidget"},
		},
	}
	svc.Index()
	want, misses, kinds, err := groundTruth([]*ir.Service{svc}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantMiss := "Widgets Gadget (OrderGadget/ReturnGadget): no identifier flows from OrderGadget into ReturnGadget (identifiers: GadgetId; delete requires: Ticket)"
	if want != 2 || len(misses) != 1 || misses[0] != wantMiss {
		t.Fatalf("groundTruth = %d lifecycle resources, misses %v; want 2 and [%s]", want, misses, wantMiss)
	}
	if kinds[resources.TopLevel] != 1 || len(kinds) != 1 {
		t.Errorf("kinds = %v, want one top-level resource", kinds)
	}
	if err := checkCoverage(want, misses, 0.98); err == nil || !strings.Contains(err.Error(), "1 of 2 Smithy lifecycle resources found (50.0 %)") {
		t.Errorf("checkCoverage = %v, want 1 of 2 found, below 98 %%", err)
	}
	if err := checkCoverage(want, misses, 0.5); err != nil {
		t.Errorf("checkCoverage at 50 %% = %v, want nil", err)
	}
	ex, err := resources.Parse("fixtures.json", []byte(`{"services": {"Widgets": {"Widget": {"exclude": true}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, misses, _, err := groundTruth([]*ir.Service{svc}, ex); err != nil || len(misses) != 2 || !strings.HasSuffix(misses[0], "excluded or replaced by the fixtures file") {
		t.Errorf("with Widget excluded: misses %v, %v; want Widget first, excluded by the fixtures file", misses, err)
	}
	if err := checkCoverage(0, nil, 0.98); err == nil {
		t.Error("checkCoverage with nothing to find passed")
	}
}

// TestLifecyclesSayWhy: each reason a lifecycle resource goes unfound.
func TestLifecyclesSayWhy(t *testing.T) {
	str := &ir.Shape{ID: "smithy.api#String", Name: "String", Kind: ir.KindString}
	enum := &ir.Shape{ID: "w#Kind", Name: "Kind", Kind: ir.KindEnum}
	structure := func(name string, members ...*ir.Member) *ir.Shape {
		return &ir.Shape{ID: name, Name: name, Kind: ir.KindStructure, Members: members}
	}
	op := func(name string, members ...*ir.Member) *ir.Operation {
		return &ir.Operation{Name: name, Input: structure(name+"Input", members...), Output: structure(name + "Output")}
	}
	kind := &ir.Member{Name: "Kind", Target: enum, Required: true}
	svc := &ir.Service{
		SDKID: "Widgets",
		Operations: []*ir.Operation{
			op("PutContact", kind, &ir.Member{Name: "Email", Target: str, Required: true}), op("DeleteContact", kind),
			op("EnableAccess"), op("DisableAccess"),
			op("MakeNewThing", &ir.Member{Name: "ThingName", Target: str, Required: true}),
			op("DropNewThing", &ir.Member{Name: "ThingName", Target: str, Required: true}),
		},
		Resources: []*ir.Resource{
			{ID: "w#Contact", Name: "Contact", Identifiers: []ir.Identifier{{Name: "Kind", Target: "w#Kind"}}, Put: "PutContact", Delete: "DeleteContact"},
			{ID: "w#Access", Name: "Access", Create: "EnableAccess", Delete: "DisableAccess"},
			{ID: "w#NewThing", Name: "NewThing", Identifiers: []ir.Identifier{{Name: "ThingName", Target: "String"}}, Create: "MakeNewThing", Delete: "DropNewThing"},
		},
	}
	svc.Index()
	svc.Operation("DropNewThing").Go.Skip = true
	var got []string
	for _, l := range resources.Lifecycles(svc, resources.Detect(svc, nil)) {
		got = append(got, fmt.Sprintf("%s %v: %s", l.Shape, l.Found, l.Why))
	}
	want := []string{
		"Contact false: DeleteContact's Kind is no string identifier (enum)",
		"Access false: nothing identifies it: no identifiers, and the delete requires no member",
		"NewThing false: DropNewThing is not an operation the SDK has",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Lifecycles =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
