package resources

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// Lifecycle is a Smithy resource shape with a create (or put) and a delete
// lifecycle operation: the model's own statement that a resource exists,
// which detection is checked against.
type Lifecycle struct {
	Shape, Create, Delete string
	// Parent is the shape's Smithy parent resource shape ID, "" for a
	// top-level one: a child should be found as a Child.
	Parent string
	// Found says a detected resource has the shape's delete and its create
	// or put, whatever its name or kind; Kind is that resource's.
	Found bool
	Kind  Kind
	// Why says, when not found, why no resource has the pair, as far as is
	// cheap to tell.
	Why string
}

// Lifecycles returns svc's Smithy resource shapes that have a create or put
// and a delete lifecycle operation, in model order, each saying whether
// found, the resources detected for svc, has that pair.
func Lifecycles(svc *ir.Service, found []Resource) []Lifecycle {
	var out []Lifecycle
	for _, res := range svc.Resources {
		if res.Delete == "" || (res.Create == "" && res.Put == "") {
			continue
		}
		pairs := func(r Resource) bool {
			return r.Delete == res.Delete && (r.Create == res.Create || r.Create == res.Put)
		}
		l := Lifecycle{Shape: res.Name, Create: cmp.Or(res.Create, res.Put), Delete: res.Delete, Parent: res.Parent}
		if i := slices.IndexFunc(found, pairs); i >= 0 {
			l.Found, l.Kind = true, found[i].Kind()
		} else {
			l.Why = whyMissed(svc, res, l.Create, pairs)
		}
		out = append(out, l)
	}
	return out
}

// whyMissed says why no detected resource has the shape's create/delete
// pair: an operation the SDK lacks, the fixtures file, or no identifier
// that reaches the delete.
func whyMissed(svc *ir.Service, res *ir.Resource, create string, pairs func(Resource) bool) string {
	for _, name := range []string{create, res.Delete} {
		if usable(svc, name) == nil {
			return name + " is not an operation the SDK has"
		}
	}
	if slices.ContainsFunc(Detect(svc, nil), pairs) {
		return "found, but excluded or replaced by the fixtures file"
	}
	var required []string
	for _, m := range svc.Operation(res.Delete).Input.Members {
		if !m.Required {
			continue
		}
		if m.Target != nil && !isString(m) && !isStringList(m) {
			// Account's alternate contact is identified by its type, an enum.
			return fmt.Sprintf("%s's %s is no string identifier (%s)", res.Delete, m.Name, m.Target.Kind)
		}
		required = append(required, m.Name)
	}
	if len(res.Identifiers) == 0 && len(required) == 0 {
		return "nothing identifies it: no identifiers, and the delete requires no member"
	}
	var ids []string
	for _, id := range res.Identifiers {
		ids = append(ids, id.Name)
	}
	list := func(names []string) string { return cmp.Or(strings.Join(names, ", "), "none") }
	return fmt.Sprintf("no identifier flows from %s into %s (identifiers: %s; delete requires: %s)",
		create, res.Delete, list(ids), list(required))
}
