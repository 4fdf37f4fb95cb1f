package resources

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/models"
)

// OverrideFile is the override file's name in the repository, used in errors.
const OverrideFile = "models/fixtures.json"

// Overrides is the parsed override file: per sdkId, per resource name, an
// entry that adds, changes, renames or excludes a resource.
type Overrides struct {
	File     string
	Services map[string]map[string]*Entry `json:"services"`
}

// Entry changes one resource. For a resource the detection does not find,
// Create, Delete and Identifier add it.
type Entry struct {
	Exclude bool   `json:"exclude,omitempty"`
	Rename  string `json:"rename,omitempty"`
	Create  string `json:"create,omitempty"`
	Delete  string `json:"delete,omitempty"`
	// Identifier is a path such as "output.QueueUrl" or "input.TableName".
	Identifier string `json:"identifier,omitempty"`
	// DeleteMember defaults to the last element of Identifier.
	DeleteMember string `json:"deleteMember,omitempty"`
	// Names replaces the detected unique-name members.
	Names []string `json:"names,omitempty"`
	// Require lists create input members the model leaves optional but the
	// fixture cannot do without, and no recipe can fill (EC2 RunInstances'
	// ImageId: AMI ids differ per region and account).
	Require []string `json:"require,omitempty"`
	// TagResourceType is the resource type value of tag specifications
	// when it does not spell the resource name (EC2 Address: "elastic-ip").
	TagResourceType string `json:"tagResourceType,omitempty"`
	// Recipe holds default create input members as JSON.
	Recipe json.RawMessage `json:"recipe,omitempty"`
	// DeleteRecipe holds delete input members as JSON (ForceDeleteWithoutRecovery).
	DeleteRecipe json.RawMessage `json:"deleteRecipe,omitempty"`
	// PreDelete names a cleanup step run before the delete call: "EmptyBucket".
	PreDelete string `json:"preDelete,omitempty"`
	// PreDeleteCall is an operation called before the delete, after
	// PreDelete: Global Accelerator's UpdateAccelerator with Enabled false.
	PreDeleteCall *PreDeleteCall `json:"preDeleteCall,omitempty"`

	path string // "$.services.SQS.Queue", for errors
}

// PreDeleteCall is a call the service requires before the delete (disable
// before delete), and what to wait for after it. Operations are the
// service's own; the resource's identifier goes into IDMember.
type PreDeleteCall struct {
	Call
	// Input holds the call's other members as JSON, typed like a recipe.
	Input json.RawMessage `json:"input,omitempty"`
	// Until, when set, polls an operation after the call until a value in
	// its output equals a wanted one.
	Until *Until `json:"until,omitempty"`
}

// Until is a wait after a pre-delete call: the call answers with Path
// ("output.Accelerator.Status", a string or enum) equal to Equals.
type Until struct {
	Call
	Path   string `json:"path"`
	Equals string `json:"equals"`
}

// Call is an operation of the resource's service given its identifier.
type Call struct {
	Operation string `json:"operation"`
	// IDMember is the member that takes the identifier; default: the
	// delete call's.
	IDMember string `json:"idMember,omitempty"`
}

// PreDeleteSteps are the cleanup steps an entry may name, with the sdkId of
// the only service whose fixtures may use them. Each step is a function
// func(ctx, *<svc>.Client, id string) error that the fixtures emitter writes
// into that service's helper package, typed against the user's pinned SDK.
var PreDeleteSteps = map[string]string{
	"EmptyBucket": "S3",
	"DetachRole":  "IAM",
}

// Parse reads an override file; name is used in errors.
func Parse(name string, data []byte) (*Overrides, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	ov := &Overrides{File: name}
	if err := dec.Decode(ov); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, svc := range slices.Sorted(maps.Keys(ov.Services)) {
		for _, res := range slices.Sorted(maps.Keys(ov.Services[svc])) {
			e := ov.Services[svc][res]
			if e == nil {
				return nil, &ir.Error{File: name, Path: entryPath(svc, res), Msg: "null entry"}
			}
			e.path = entryPath(svc, res)
			if e.PreDelete != "" {
				switch stepSvc, ok := PreDeleteSteps[e.PreDelete]; {
				case !ok:
					return nil, &ir.Error{File: name, Path: e.path + ".preDelete", Msg: fmt.Sprintf("unknown step %q (known: %v)", e.PreDelete, slices.Sorted(maps.Keys(PreDeleteSteps)))}
				case stepSvc != svc:
					return nil, &ir.Error{File: name, Path: e.path + ".preDelete", Msg: fmt.Sprintf("step %q is for %s resources, not %s", e.PreDelete, stepSvc, svc)}
				}
			}
			if u := e.PreDeleteCall; u != nil && u.Until != nil {
				if p, ok := ParsePath(u.Until.Path); !ok || p.From != "output" {
					return nil, &ir.Error{File: name, Path: e.path + ".preDeleteCall.until.path", Msg: fmt.Sprintf("%q is not output.<Member>[.<Member>]", u.Until.Path)}
				}
			}
			if e.Identifier != "" {
				if _, ok := ParsePath(e.Identifier); !ok {
					return nil, &ir.Error{File: name, Path: e.path + ".identifier", Msg: fmt.Sprintf("%q is not input.<Member> or output.<Member>[.<Member>]", e.Identifier)}
				}
			}
		}
	}
	return ov, nil
}

func entryPath(svc, res string) string {
	return "$.services[" + strconv.Quote(svc) + "][" + strconv.Quote(res) + "]"
}

// Default returns the embedded models/fixtures.json.
var Default = sync.OnceValues(func() (*Overrides, error) {
	data, err := fs.ReadFile(models.FS, "fixtures.json")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", OverrideFile, err)
	}
	return Parse(OverrideFile, data)
})

// Load reads the fixtures file at path; "" means the embedded one.
func Load(path string) (*Overrides, error) {
	if path == "" {
		return Default()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

func (o *Overrides) service(sdkID string) map[string]*Entry {
	if o == nil {
		return nil
	}
	return o.Services[sdkID]
}

// apply copies the entry's settings onto r; a nil entry changes nothing.
func (e *Entry) apply(r *Resource) {
	if e == nil {
		return
	}
	if e.Create != "" {
		r.Create = e.Create
	}
	if e.Delete != "" {
		r.Delete = e.Delete
	}
	if p, ok := ParsePath(e.Identifier); ok {
		r.Identifier = p
		r.DeleteMember = p.Members[len(p.Members)-1]
	}
	if e.DeleteMember != "" {
		r.DeleteMember = e.DeleteMember
	}
	if e.Names != nil {
		r.NameMembers = e.Names
	}
	r.Require = e.Require
	r.TagResourceType = e.TagResourceType
	r.Recipe = e.Recipe
	r.RecipePath = e.path + ".recipe"
	r.DeleteRecipe = e.DeleteRecipe
	r.DeleteRecipePath = e.path + ".deleteRecipe"
	r.PreDelete = e.PreDelete
	r.PreDeleteCall = e.PreDeleteCall
	r.PreDeleteCallPath = e.path + ".preDeleteCall"
}

// check reports entries for svc that do not resolve against its model:
// unknown operations or members, a renamed or excluded resource the
// detection (detected) does not find, an addition without create, delete
// and identifier. all are the resources with the entries applied. Recipe
// values are checked when the emitter types them.
func (o *Overrides) check(svc *ir.Service, detected found, all []Resource) error {
	so := o.service(svc.SDKID)
	if len(so) == 0 {
		return nil
	}
	final := map[string]*Resource{}
	for i := range all {
		final[all[i].Name] = &all[i]
	}
	for _, name := range slices.Sorted(maps.Keys(so)) {
		e := so[name]
		fail := func(field, format string, args ...any) error {
			return &ir.Error{File: o.File, Path: e.path + field, Msg: fmt.Sprintf(format, args...)}
		}
		if detected.byName[name] == nil && (e.Create == "" || e.Delete == "" || e.Identifier == "") {
			return fail("", "%s has no resource %q; to add one give create, delete and identifier", svc.SDKID, name)
		}
		for field, op := range map[string]string{".create": e.Create, ".delete": e.Delete} {
			if op != "" && usable(svc, op) == nil {
				return fail(field, "%s has no operation %q in the model and the pinned SDK", svc.SDKID, op)
			}
		}
		if e.Exclude {
			continue
		}
		key := name
		if e.Rename != "" {
			key = e.Rename
		}
		r := final[key]
		if r == nil {
			return fail("", "%s: resource %q did not resolve", svc.SDKID, name)
		}
		create, del := svc.Operation(r.Create), svc.Operation(r.Delete)
		if r.Identifier.Resolve(create) == nil {
			return fail(".identifier", "%s is not a string member of %s", r.Identifier, r.Create)
		}
		if idMember(del.Input, r.DeleteMember) == nil {
			return fail(".deleteMember", "%s has no string or string list member %q", r.Delete, r.DeleteMember)
		}
		for i, n := range e.Names {
			if stringMember(create.Input, n) == nil {
				return fail(fmt.Sprintf(".names[%d]", i), "%s has no string member %q", r.Create, n)
			}
		}
		if e.TagResourceType != "" && (r.Tags == nil || r.Tags.Style != TagSpecs) {
			return fail(".tagResourceType", "%s takes no tag specifications with a resource type %q", r.Create, e.TagResourceType)
		}
		if err := checkPreDeleteCall(svc, r, e.PreDeleteCall, fail); err != nil {
			return err
		}
		for i, n := range e.Require {
			if m := create.Input.MemberNamed(n); m == nil || m.Go.Skip {
				return fail(fmt.Sprintf(".require[%d]", i), "%s has no member %q (members: %s)", r.Create, n, MemberNames(create.Input))
			}
		}
	}
	return nil
}

// checkPreDeleteCall reports a pre-delete call whose operations, members or
// wait path the model and the pinned SDK lack; nil c passes. The input is
// checked when the emitter types it.
func checkPreDeleteCall(svc *ir.Service, r *Resource, c *PreDeleteCall, fail func(field, format string, args ...any) error) error {
	if c == nil {
		return nil
	}
	if _, err := c.check(svc, r, ".preDeleteCall", fail); err != nil {
		return err
	}
	u := c.Until
	if u == nil {
		return nil
	}
	wait, err := u.check(svc, r, ".preDeleteCall.until", fail)
	if err != nil {
		return err
	}
	p, _ := ParsePath(u.Path)
	members := p.ResolveValue(wait)
	if members == nil {
		return fail(".preDeleteCall.until.path", "%s is not a string or enum member of %s", u.Path, u.Operation)
	}
	if last := members[len(members)-1].Target; last.Kind == ir.KindEnum && !slices.ContainsFunc(last.Enum, func(v ir.EnumValue) bool { return v.Value == u.Equals }) {
		return fail(".preDeleteCall.until.equals", "%q is not a value of %s", u.Equals, last.Name)
	}
	return nil
}

// check returns c's operation, or an error at field when the model and the
// pinned SDK lack it or its identifier member.
func (c Call) check(svc *ir.Service, r *Resource, field string, fail func(field, format string, args ...any) error) (*ir.Operation, error) {
	op := usable(svc, c.Operation)
	if op == nil {
		return nil, fail(field+".operation", "%s has no operation %q in the model and the pinned SDK", svc.SDKID, c.Operation)
	}
	if idMember(op.Input, c.IDMemberOr(r)) == nil {
		return nil, fail(field+".idMember", "%s has no string or string list member %q", c.Operation, c.IDMemberOr(r))
	}
	return op, nil
}

// IDMemberOr is the member of the call that takes the identifier: IDMember,
// or the delete call's member of r.
func (c Call) IDMemberOr(r *Resource) string {
	if c.IDMember != "" {
		return c.IDMember
	}
	return r.DeleteMember
}

// MemberNames lists sh's members the pinned SDK has, for errors that say
// what a recipe or override could have named.
func MemberNames(sh *ir.Shape) string {
	var names []string
	for _, m := range sh.Members {
		if !m.Go.Skip {
			names = append(names, m.Name)
		}
	}
	return strings.Join(names, ", ")
}
