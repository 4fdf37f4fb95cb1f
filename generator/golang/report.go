package golang

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// DriftKind classifies a difference between a model and the pinned SDK.
type DriftKind string

const (
	// MissingOperation: the model has an operation the SDK lacks; the
	// operation gets Go.Skip.
	MissingOperation DriftKind = "missing-operation"
	// MissingMember: the model has a member the SDK struct lacks; the member
	// gets Go.Skip.
	MissingMember DriftKind = "missing-member"
	// MissingType: the model has a structure, union or enum the SDK lacks.
	MissingType DriftKind = "missing-type"
	// KindOverridden: the model has a structure where the SDK has a union
	// (botocore predates union traits on some shapes); the shape's Kind and
	// its members' Go names become the union's.
	KindOverridden DriftKind = "kind-overridden"
	// MissingEnumValue: the SDK has no constant for an enum value; its
	// GoName is left empty (write types.X("value")).
	MissingEnumValue DriftKind = "missing-enum-value"
	// MissingWaiter: the SDK has no such waiter; its Go names are left empty.
	MissingWaiter DriftKind = "missing-waiter"
	// TypeOverridden: the predicted field type differs; the SDK's is used.
	TypeOverridden DriftKind = "type-overridden"
	// EnumNameOverridden: the predicted constant name differs; the SDK's is used.
	EnumNameOverridden DriftKind = "enum-name-overridden"
	// PaginatorOverridden: the model and the SDK disagree on whether an
	// operation has a paginator; the SDK's answer is used.
	PaginatorOverridden DriftKind = "paginator-overridden"
	// OperationFromSDK: the SDK has an operation the model lacks; it is
	// taken from the SDK source into Service.SDKOperations, so Server has it
	// typed with the SDK's own types, but nothing that needs the model
	// (fixtures, skeletons, transformers) covers it.
	OperationFromSDK DriftKind = "operation-from-sdk"
	// SDKOnlyOperation: the SDK has an operation the model lacks and its
	// source does not declare <Op>Input and <Op>Output beside the method,
	// so it could not be stubbed: Server lacks it.
	SDKOnlyOperation DriftKind = "sdk-only-operation"
	// SDKOnlyMember: the SDK struct has a field the model lacks. Nothing is
	// missing: generated code uses the SDK's types, and only fixtures and
	// skeletons, which fill fields from the model, never set it.
	SDKOnlyMember DriftKind = "sdk-only-member"
)

// Drift is one difference. Model and SDK hold the two sides when they are
// names or types; Note gives the known SDK customization behind it.
type Drift struct {
	Kind      DriftKind `json:"kind"`
	Operation string    `json:"operation,omitempty"`
	Shape     string    `json:"shape,omitempty"`
	Member    string    `json:"member,omitempty"`
	Model     string    `json:"model,omitempty"`
	SDK       string    `json:"sdk,omitempty"`
	Note      string    `json:"note,omitempty"`
}

// ServiceReport is the drift of one service.
type ServiceReport struct {
	Service string `json:"service"` // sdkId
	Package string `json:"package"`
	// SDKVersion is the pinned module version read; empty when the names
	// are predicted from the model alone.
	SDKVersion string  `json:"sdkVersion,omitempty"`
	Drift      []Drift `json:"drift,omitempty"`
}

// Report is what Resolve found, service by service in input order. It
// marshals to JSON as is, deterministically (no times, no paths).
type Report struct {
	Services []*ServiceReport `json:"services"`
}

func (r *ServiceReport) add(d Drift) { r.Drift = append(r.Drift, d) }

// Summary is a few lines for stderr: how many services were checked
// against the SDK, then drift totals by kind in groups (decided by the SDK,
// missing from the SDK and so skipped, taken from the SDK into the stubs,
// only in the newer SDK, missing from Server).
// The JSON form has the details.
func (r *Report) Summary() string {
	if r == nil || len(r.Services) == 0 {
		return ""
	}
	checked := 0
	for _, s := range r.Services {
		if s.SDKVersion != "" {
			checked++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "awsparity: %d services, %d checked against the pinned SDK, %d named by prediction only\n",
		len(r.Services), checked, len(r.Services)-checked)
	groups := []struct {
		title string
		kinds []DriftKind
	}{
		{"decided by the SDK", []DriftKind{TypeOverridden, EnumNameOverridden, KindOverridden, PaginatorOverridden}},
		{"missing from the SDK, skipped", []DriftKind{MissingOperation, MissingMember, MissingType, MissingEnumValue, MissingWaiter}},
		{"taken from the SDK into the stubs", []DriftKind{OperationFromSDK}},
		{"only in the newer SDK", []DriftKind{SDKOnlyMember}},
		{"in the SDK but missing from Server", []DriftKind{SDKOnlyOperation}},
	}
	for _, g := range groups {
		var parts []string
		services := map[string]bool{}
		for _, k := range g.kinds {
			if n := r.Count(k); n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, k))
			}
			for _, s := range r.Services {
				for _, d := range s.Drift {
					if d.Kind == k {
						services[s.Package] = true
					}
				}
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(&b, "awsparity: %s: %s (%s)\n", g.title, strings.Join(parts, ", "), strings.Join(slices.Sorted(maps.Keys(services)), " "))
		}
	}
	return b.String()
}

// Count returns the number of drift items of kind k over all services.
func (r *Report) Count(k DriftKind) int {
	n := 0
	for _, s := range r.Services {
		for _, d := range s.Drift {
			if d.Kind == k {
				n++
			}
		}
	}
	return n
}
