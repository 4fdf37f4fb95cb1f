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

// truth is detection measured against the models' Smithy resource shapes.
type truth struct {
	// lifecycles counts the shapes with a create (or put) and a delete;
	// misses are those not found, "sdkId shape (create/delete): why".
	lifecycles int
	misses     []string
	// children counts the found ones that have a Smithy parent;
	// notChildren are those of them not found as a Child.
	children    int
	notChildren []string
	// kinds counts all resources found by kind.
	kinds map[resources.Kind]int
}

// groundTruth sums resources.Lifecycles over svcs, detecting with ov as
// generation does.
func groundTruth(svcs []*ir.Service, ov *resources.Overrides) (truth, error) {
	g := truth{kinds: map[resources.Kind]int{}}
	for _, svc := range svcs {
		found, err := resources.Find(svc, ov)
		if err != nil {
			return g, fmt.Errorf("%s: %w", svc.SDKID, err)
		}
		for _, r := range found {
			g.kinds[r.Kind()]++
		}
		for _, l := range resources.Lifecycles(svc, found) {
			g.lifecycles++
			switch {
			case !l.Found:
				g.misses = append(g.misses, fmt.Sprintf("%s %s (%s/%s): %s", svc.SDKID, l.Shape, l.Create, l.Delete, l.Why))
			case l.Parent != "":
				g.children++
				if l.Kind != resources.Child {
					g.notChildren = append(g.notChildren, fmt.Sprintf("%s %s (parent %s): %s", svc.SDKID, l.Shape, l.Parent, l.Kind))
				}
			}
		}
	}
	return g, nil
}

// atLeast fails when fewer than min of all are right, wrong being the
// others; what names them.
func atLeast(what string, all int, wrong []string, min float64) error {
	if all == 0 {
		return fmt.Errorf("no %s", what)
	}
	if rate := float64(all-len(wrong)) / float64(all); rate < min {
		return fmt.Errorf("%d of %d %s (%.1f %%), want at least %.0f %%", all-len(wrong), all, what, 100*rate, 100*min)
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
	g, err := groundTruth(svcs, ov)
	if err != nil {
		t.Fatal(err)
	}
	k := g.kinds
	t.Logf("%d services: %d resources found (%d top-level, %d child, %d dependent); %d of %d Smithy lifecycle resources found; %d of the %d found with a Smithy parent are children",
		len(svcs), k[resources.TopLevel]+k[resources.Child]+k[resources.Dependent], k[resources.TopLevel], k[resources.Child], k[resources.Dependent],
		g.lifecycles-len(g.misses), g.lifecycles, g.children-len(g.notChildren), g.children)
	for _, m := range g.misses {
		t.Logf("missed: %s", m)
	}
	for _, m := range g.notChildren {
		t.Logf("not a child: %s", m)
	}
	if len(svcs) < 402 || g.lifecycles < 290 {
		t.Errorf("%d services with %d Smithy lifecycle resources; want the 402 models with 298", len(svcs), g.lifecycles)
	}
	if err := atLeast("Smithy lifecycle resources found", g.lifecycles, g.misses, 0.98); err != nil {
		t.Error(err)
	}
	if err := atLeast("Smithy child resources found as children", g.children, g.notChildren, 0.9); err != nil {
		t.Error(err)
	}
}

// TestGroundTruthCatchesAMiss: a model declaring a resource whose delete
// needs a value no create call gives is reported as a miss, with why, a
// Smithy child found as top-level is reported too, and the checks fail on
// them.
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
			{Name: "MakePart", Input: structure("MakePartInput", required("WidgetId")), Output: structure("MakePartOutput", &ir.Member{Name: "PartId", Target: str})},
			{Name: "ScrapPart", Input: structure("ScrapPartInput", required("WidgetId"), required("PartId"))},
			{Name: "PutSetting", Input: structure("PutSettingInput", &ir.Member{Name: "Value", Target: str}), Output: structure("PutSettingOutput", &ir.Member{Name: "SettingId", Target: str})},
			{Name: "DeleteSetting", Input: structure("DeleteSettingInput", required("SettingId"), &ir.Member{Name: "WidgetId", Target: str})},
		},
		Resources: []*ir.Resource{
			{ID: "w#Widget", Name: "Widget", Identifiers: []ir.Identifier{{Name: "WidgetId", Target: "String"}}, Put: "MakeWidget", Delete: "ScrapWidget"},
			{ID: "w#Gadget", Name: "Gadget", Identifiers: []ir.Identifier{{Name: "GadgetId", Target: "String"}}, Create: "OrderGadget", Delete: "ReturnGadget"},
			// No delete: not a lifecycle resource, so neither counted nor missed.
			{ID: "w#Gizmo", Name: "Gizmo", Identifiers: []ir.Identifier{{Name: "GizmoId", Target: "String"}}, Create: "MakeWidget"},
			{ID: "w#Part", Name: "Part", Identifiers: []ir.Identifier{{Name: "PartId", Target: "String"}, {Name: "WidgetId", Target: "String"}}, Create: "MakePart", Delete: "ScrapPart", Parent: "w#Widget"},
			// A widget's setting whose calls never require the widget:
			// found, as top-level rather than as the child the model says.
			{ID: "w#Setting", Name: "Setting", Identifiers: []ir.Identifier{{Name: "SettingId", Target: "String"}, {Name: "WidgetId", Target: "String"}}, Put: "PutSetting", Delete: "DeleteSetting", Parent: "w#Widget"},
		},
	}
	svc.Index()
	g, err := groundTruth([]*ir.Service{svc}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantMiss := "Widgets Gadget (OrderGadget/ReturnGadget): no identifier flows from OrderGadget into ReturnGadget (identifiers: GadgetId; delete requires: Ticket)"
	if g.lifecycles != 4 || len(g.misses) != 1 || g.misses[0] != wantMiss {
		t.Fatalf("groundTruth = %d lifecycle resources, misses %v; want 4 and [%s]", g.lifecycles, g.misses, wantMiss)
	}
	wantNot := []string{"Widgets Setting (parent w#Widget): top-level"}
	if g.children != 2 || !slices.Equal(g.notChildren, wantNot) || g.kinds[resources.TopLevel] != 2 || g.kinds[resources.Child] != 1 || len(g.kinds) != 2 {
		t.Errorf("children %d, not children %q, kinds %v; want 2, %q, Widget and Setting top-level, Part a child", g.children, g.notChildren, g.kinds, wantNot)
	}
	if err := atLeast("found", g.lifecycles, g.misses, 0.98); err == nil || err.Error() != "3 of 4 found (75.0 %), want at least 98 %" {
		t.Errorf("atLeast = %v, want 3 of 4 found, below 98 %%", err)
	}
	if err := atLeast("children", g.children, g.notChildren, 0.9); err == nil || err.Error() != "1 of 2 children (50.0 %), want at least 90 %" {
		t.Errorf("atLeast = %v, want 1 of 2 children, below 90 %%", err)
	}
	if err := atLeast("found", g.lifecycles, g.misses, 0.75); err != nil {
		t.Errorf("atLeast 75 %% = %v, want nil", err)
	}
	if err := atLeast("found", 0, nil, 0.98); err == nil {
		t.Error("atLeast with nothing to find passed")
	}
	ex, err := resources.Parse("fixtures.json", []byte(`{"services": {"Widgets": {"Widget": {"exclude": true}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if g, err := groundTruth([]*ir.Service{svc}, ex); err != nil || len(g.misses) != 2 || !strings.HasSuffix(g.misses[0], "excluded or replaced by the fixtures file") {
		t.Errorf("with Widget excluded: misses %v, %v; want Widget first, excluded by the fixtures file", g.misses, err)
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
