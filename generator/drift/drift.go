// Package drift compares two loaded model sets and reports what changed in
// each service's API, flagging the changes that break code compiled against
// the older one, and which generated files the change makes stale.
//
// It works on the IR, so the two sets may come from different formats
// (botocore JSON and Smithy JSON AST): services match by sdkId, operations by
// name, operation inputs and outputs by operation (the SDK always names them
// <Op>Input/<Op>Output), other shapes by name, members by name, enum values
// by wire value.
package drift

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// Member change kinds.
const (
	Added    = "added"
	Removed  = "removed"
	Retyped  = "retyped"
	Required = "required" // newly required
	Optional = "optional" // no longer required
)

// Report is the drift between two model sets.
type Report struct {
	Old string `json:"old"`
	New string `json:"new"`
	// Breaking lists every breaking change of every service, first.
	Breaking []Break          `json:"breaking"`
	Services []*ServiceReport `json:"services"` // sorted by SDKID, unchanged services left out
}

// Break is one change that can break code written against the old model:
// a removed service, operation, member or enum value, a member whose Go
// type changed (or whose model type changed when Go types are unknown), or
// a newly required member of a shape requests contain.
type Break struct {
	Service string `json:"service"`
	What    string `json:"what"`
}

// ServiceReport is the drift of one service.
type ServiceReport struct {
	SDKID string `json:"sdkId"`
	// Status is "added" or "removed" for a service only in one set, "" otherwise.
	Status            string         `json:"status,omitempty"`
	OperationsAdded   []string       `json:"operationsAdded,omitempty"`
	OperationsRemoved []string       `json:"operationsRemoved,omitempty"`
	Members           []MemberChange `json:"members,omitempty"`
	Enums             []EnumChange   `json:"enums,omitempty"`
	ResourcesAdded    []Resource     `json:"resourcesAdded,omitempty"`
	ResourcesRemoved  []Resource     `json:"resourcesRemoved,omitempty"`
	Stale             []StaleFile    `json:"stale,omitempty"`
	Breaking          int            `json:"breaking"`
}

// MemberChange is a member added, removed, retyped or whose required-ness changed.
type MemberChange struct {
	Shape string `json:"shape"` // SDK type name: <Op>Input, <Op>Output, or the shape name
	// Member is the SDK field name (the model's member name when names were
	// not resolved): API Gateway's endpointAccessMode is EndpointAccessMode.
	Member string `json:"member"`
	Change string `json:"change"`
	// Old and New are the member's type (Go type when names were resolved,
	// else the model type) for retyped members.
	Old      string `json:"old,omitempty"`
	New      string `json:"new,omitempty"`
	Breaking bool   `json:"breaking,omitempty"`
}

// EnumChange lists the values an enum gained and lost.
type EnumChange struct {
	Shape   string   `json:"shape"`
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`
}

// Resource is a top-level resource and whether a fixture is generated for it.
type Resource struct {
	Name    string `json:"name"`
	Fixture bool   `json:"fixture"`
}

// StaleFile is a generated file the change affects.
type StaleFile struct {
	Path string `json:"path"`
	// Change is "changed" (regenerated with different code), "comments"
	// (only comment lines differ, e.g. documentation), "new" (the generator
	// now produces it) or "orphaned" (no longer produced; user-owned
	// skeletons are left on disk for the user to delete).
	Change    string `json:"change"`
	UserOwned bool   `json:"userOwned,omitempty"`
}

// Options supply what the comparison cannot know from the IR alone.
type Options struct {
	// Resources returns a service's top-level resources (see
	// TopLevelResources); nil means those the model alone yields, without
	// a fixtures file.
	Resources func(*ir.Service) ([]Resource, error)
	// Files returns the files generated for a service; nil skips the stale
	// file section. Each side is generated as resolved, so with each typed
	// by its own SDK the section lists what regenerating after the update
	// changes.
	Files func(*ir.Service) ([]fileset.File, error)
}

// Compare reports the drift from old to cur. Services match by SDKID.
func Compare(oldLabel string, old []*ir.Service, newLabel string, cur []*ir.Service, opts Options) (*Report, error) {
	r := &Report{Old: oldLabel, New: newLabel, Breaking: []Break{}, Services: []*ServiceReport{}}
	oldBy, newBy := bySDKID(old), bySDKID(cur)
	ids := make([]string, 0, len(oldBy)+len(newBy))
	for id := range oldBy {
		ids = append(ids, id)
	}
	for id := range newBy {
		if oldBy[id] == nil {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		sr, err := compareService(id, oldBy[id], newBy[id], opts)
		if err != nil {
			return nil, err
		}
		if sr.empty() {
			continue
		}
		breaks := sr.breaks()
		for _, b := range breaks {
			r.Breaking = append(r.Breaking, Break{Service: id, What: b})
		}
		sr.Breaking = len(breaks)
		r.Services = append(r.Services, sr)
	}
	return r, nil
}

func bySDKID(svcs []*ir.Service) map[string]*ir.Service {
	m := make(map[string]*ir.Service, len(svcs))
	for _, s := range svcs {
		m[s.SDKID] = s
	}
	return m
}

func compareService(id string, old, cur *ir.Service, opts Options) (*ServiceReport, error) {
	sr := &ServiceReport{SDKID: id}
	switch {
	case old == nil:
		sr.Status = Added
		sr.OperationsAdded = opNames(cur)
	case cur == nil:
		sr.Status = Removed
		sr.OperationsRemoved = opNames(old)
	default:
		sr.OperationsAdded, sr.OperationsRemoved = diffNames(opNames(old), opNames(cur))
		compareShapes(sr, shapeKeys(old), shapeKeys(cur), requestShapes(cur))
	}
	oldRes, err := listResources(old, opts)
	if err != nil {
		return nil, err
	}
	newRes, err := listResources(cur, opts)
	if err != nil {
		return nil, err
	}
	sr.ResourcesAdded, sr.ResourcesRemoved = diffResources(oldRes, newRes)
	if opts.Files != nil {
		if sr.Stale, err = staleFiles(old, cur, opts.Files); err != nil {
			return nil, err
		}
	}
	return sr, nil
}

func (sr *ServiceReport) empty() bool {
	return sr.Status == "" && len(sr.OperationsAdded)+len(sr.OperationsRemoved)+len(sr.Members)+len(sr.Enums)+
		len(sr.ResourcesAdded)+len(sr.ResourcesRemoved)+len(sr.Stale) == 0
}

// breaks describes the service's breaking changes in report order.
func (sr *ServiceReport) breaks() []string {
	if sr.Status == Removed {
		return []string{"service removed"}
	}
	var out []string
	for _, op := range sr.OperationsRemoved {
		out = append(out, "operation "+op+" removed")
	}
	for _, m := range sr.Members {
		if !m.Breaking {
			continue
		}
		switch m.Change {
		case Removed:
			out = append(out, fmt.Sprintf("%s.%s removed", m.Shape, m.Member))
		case Retyped:
			out = append(out, fmt.Sprintf("%s.%s retyped %s → %s", m.Shape, m.Member, m.Old, m.New))
		case Required:
			out = append(out, fmt.Sprintf("%s.%s newly required", m.Shape, m.Member))
		}
	}
	for _, e := range sr.Enums {
		for _, v := range e.Removed {
			out = append(out, fmt.Sprintf("%s value %q removed", e.Shape, v))
		}
	}
	return out
}

func opNames(svc *ir.Service) []string {
	names := make([]string, len(svc.Operations))
	for i, op := range svc.Operations {
		names[i] = op.Name
	}
	sort.Strings(names)
	return names
}

// diffNames returns the names only in cur and only in old; both inputs sorted.
func diffNames(old, cur []string) (added, removed []string) {
	i, j := 0, 0
	for i < len(old) || j < len(cur) {
		switch {
		case j == len(cur) || (i < len(old) && old[i] < cur[j]):
			removed = append(removed, old[i])
			i++
		case i == len(old) || cur[j] < old[i]:
			added = append(added, cur[j])
			j++
		default:
			i++
			j++
		}
	}
	return added, removed
}

// shapeKeys names every structure, union and enum shape the way the SDK
// names its type, so the two sides match whatever the model calls them.
func shapeKeys(svc *ir.Service) map[string]*ir.Shape {
	keys := map[string]*ir.Shape{}
	io := map[*ir.Shape]bool{}
	for _, op := range svc.Operations {
		if op.Input != nil {
			keys[op.Name+"Input"] = op.Input
			io[op.Input] = true
		}
		if op.Output != nil {
			keys[op.Name+"Output"] = op.Output
			io[op.Output] = true
		}
	}
	for _, sh := range svc.Shapes {
		switch sh.Kind {
		case ir.KindStructure, ir.KindUnion, ir.KindEnum, ir.KindIntEnum:
			if !io[sh] {
				keys[typeName(sh)] = sh
			}
		}
	}
	return keys
}

func typeName(sh *ir.Shape) string {
	if sh.Go.TypeName != "" {
		return sh.Go.TypeName
	}
	return sh.Name
}

// compareShapes compares the shapes both sides have; shapes only on one side
// show up through the members and operations that use them.
func compareShapes(sr *ServiceReport, old, cur map[string]*ir.Shape, inRequest map[*ir.Shape]bool) {
	for _, key := range slices.Sorted(maps.Keys(old)) {
		o, n := old[key], cur[key]
		if n == nil {
			continue
		}
		if isEnum(o.Kind) && isEnum(n.Kind) {
			if added, removed := diffEnum(o, n); len(added)+len(removed) > 0 {
				sr.Enums = append(sr.Enums, EnumChange{Shape: key, Added: added, Removed: removed})
			}
			continue
		}
		if hasMembers(o.Kind) && hasMembers(n.Kind) {
			sr.Members = append(sr.Members, compareMembers(key, o, n, inRequest[n])...)
		}
	}
}

func isEnum(k ir.Kind) bool     { return k == ir.KindEnum || k == ir.KindIntEnum }
func hasMembers(k ir.Kind) bool { return k == ir.KindStructure || k == ir.KindUnion }

func diffEnum(o, n *ir.Shape) (added, removed []string) {
	values := func(sh *ir.Shape) []string {
		vs := make([]string, len(sh.Enum))
		for i, v := range sh.Enum {
			vs[i] = v.Value
		}
		sort.Strings(vs)
		return vs
	}
	return diffNames(values(o), values(n))
}

// compareMembers lists member changes of one shape in member-name order.
// Members are what callers set (inputs) or read (outputs), so a removed or
// retyped one breaks compilation, and a newly required member of a shape
// requests contain (inRequest) breaks requests that compiled before; in an
// output it only promises more.
func compareMembers(key string, o, n *ir.Shape, inRequest bool) []MemberChange {
	oldM, newM := memberMap(o), memberMap(n)
	var out []MemberChange
	names := slices.Sorted(maps.Keys(oldM))
	for name := range newM {
		if oldM[name] == nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	isError := o.ErrorFault != "" || n.ErrorFault != ""
	for _, name := range names {
		om, nm := oldM[name], newM[name]
		switch {
		case isError && (om == nil || nm == nil) && strings.EqualFold(name, "message"):
			// Every SDK error type has a Message field (it backs
			// ErrorMessage()), declared or not, and botocore often leaves
			// it out where Smithy declares it.
		case om == nil:
			out = append(out, MemberChange{Shape: key, Member: fieldName(nm), Change: Added})
		case nm == nil:
			out = append(out, MemberChange{Shape: key, Member: fieldName(om), Change: Removed, Breaking: true})
		default:
			field := fieldName(nm)
			if ot, nt, changed, breaking := retyped(om, nm, o.Kind == n.Kind); changed {
				out = append(out, MemberChange{Shape: key, Member: field, Change: Retyped, Old: ot, New: nt, Breaking: breaking})
			}
			switch {
			case !om.Required && nm.Required:
				out = append(out, MemberChange{Shape: key, Member: field, Change: Required, Breaking: inRequest})
			case om.Required && !nm.Required:
				out = append(out, MemberChange{Shape: key, Member: field, Change: Optional})
			}
		}
	}
	return out
}

// requestShapes are the shapes an operation input contains, at any depth.
func requestShapes(svc *ir.Service) map[*ir.Shape]bool {
	seen := map[*ir.Shape]bool{}
	var walk func(*ir.Shape)
	walk = func(sh *ir.Shape) {
		if sh == nil || seen[sh] {
			return
		}
		seen[sh] = true
		for _, m := range append([]*ir.Member{sh.Member, sh.Key, sh.Value}, sh.Members...) {
			if m != nil {
				walk(m.Target)
			}
		}
	}
	for _, op := range svc.Operations {
		walk(op.Input)
	}
	return seen
}

func fieldName(m *ir.Member) string {
	if m.Go.FieldName != "" {
		return m.Go.FieldName
	}
	return m.Name
}

// memberMap indexes members by name. Members the pinned SDK lacks are kept:
// the report is about the API, and such a member is new in it.
func memberMap(sh *ir.Shape) map[string]*ir.Member {
	m := make(map[string]*ir.Member, len(sh.Members))
	for _, mem := range sh.Members {
		m[mem.Name] = mem
	}
	return m
}

// retyped compares the model type (kinds, and names of the shapes that
// become named Go types) and, when both sides were resolved and sit in the
// same kind of shape, the Go type (botocore event streams are structures,
// Smithy's are unions, and the two are typed differently while the SDK has
// one type). Types are shown as the Go type when it changed, else the model
// type with the unchanged Go type after it.
//
// A retype breaks callers when the Go type changed, or when it is unknown
// (a side was not resolved) and the model type changed; a model change the
// SDK maps to the same Go type (Route 53's MaxItems, string in botocore and
// integer in Smithy, is *int32 either way) compiles as before. That holds
// when each side was resolved against the SDK it goes with; against one
// SDK, a field it has gets the same Go type on both sides.
func retyped(o, n *ir.Member, sameContainer bool) (oldType, newType string, changed, breaking bool) {
	om, nm := modelType(o.Target, 0), modelType(n.Target, 0)
	og, ng := goType(o), goType(n)
	if !sameContainer {
		og, ng = "", ""
	}
	switch {
	case og != "" && ng != "" && og != ng:
		return og, ng, true, true
	case om == nm:
		return "", "", false, false
	case og != "" && og == ng:
		return om + " (" + og + ")", nm + " (" + ng + ")", true, false
	}
	return om, nm, true, true
}

// goType is the member's Go type, or "" when unknown: not resolved, or a
// field the pinned SDK lacks, whose type is only a prediction.
func goType(m *ir.Member) string {
	if m.Go.FieldName == "" || m.Go.Skip {
		return ""
	}
	return m.Go.Type.String()
}

// modelType renders a shape's type independently of the model format: the
// kind for scalars (botocore names its scalars, Smithy uses the prelude),
// the name for named Go types, and the element types of collections.
func modelType(sh *ir.Shape, depth int) string {
	if sh == nil {
		return "?"
	}
	const maxDepth = 8 // list/map nesting; cycles always pass through a structure
	switch sh.Kind {
	case ir.KindStructure, ir.KindUnion:
		if sh.Streaming { // an event stream: a structure in botocore, a union in Smithy
			return "eventStream " + sh.Name
		}
		return string(sh.Kind) + " " + sh.Name
	case ir.KindEnum, ir.KindIntEnum:
		return string(sh.Kind) + " " + sh.Name
	case ir.KindList:
		if depth < maxDepth && sh.Member != nil {
			return "list<" + modelType(sh.Member.Target, depth+1) + ">"
		}
	case ir.KindMap:
		if depth < maxDepth && sh.Value != nil {
			return "map<" + modelType(sh.Value.Target, depth+1) + ">"
		}
	}
	return string(sh.Kind)
}

func listResources(svc *ir.Service, opts Options) ([]Resource, error) {
	if svc == nil {
		return nil, nil
	}
	if opts.Resources != nil {
		return opts.Resources(svc)
	}
	return TopLevelResources(svc, resources.Detect(svc, nil)), nil
}

// TopLevelResources lists svc's resources for the report: found, the
// resources its fixtures are generated for (each gets a factory fixture),
// then the model's other top-level Smithy resource shapes (no fixture).
func TopLevelResources(svc *ir.Service, found []resources.Resource) []Resource {
	var out []Resource
	detected := map[string]bool{}
	for _, r := range found {
		out = append(out, Resource{Name: r.Name, Fixture: true})
		detected[r.Name] = true
	}
	for _, r := range svc.Resources {
		if r.Parent == "" && !detected[r.Name] {
			out = append(out, Resource{Name: r.Name})
		}
	}
	return out
}

func diffResources(old, cur []Resource) (added, removed []Resource) {
	index := func(rs []Resource) (map[string]Resource, []string) {
		m := map[string]Resource{}
		for _, r := range rs {
			m[r.Name] = r
		}
		return m, slices.Sorted(maps.Keys(m))
	}
	oldM, oldNames := index(old)
	newM, newNames := index(cur)
	addedNames, removedNames := diffNames(oldNames, newNames)
	for _, n := range addedNames {
		added = append(added, newM[n])
	}
	for _, n := range removedNames {
		removed = append(removed, oldM[n])
	}
	return added, removed
}

func staleFiles(old, cur *ir.Service, files func(*ir.Service) ([]fileset.File, error)) ([]StaleFile, error) {
	gen := func(svc *ir.Service) (map[string]fileset.File, error) {
		m := map[string]fileset.File{}
		if svc == nil {
			return m, nil
		}
		fs, err := files(svc)
		if err != nil {
			return nil, fmt.Errorf("generating %s (%s): %w", svc.SDKID, svc.Source, err)
		}
		for _, f := range fs {
			m[f.Path] = f
		}
		return m, nil
	}
	oldF, err := gen(old)
	if err != nil {
		return nil, err
	}
	newF, err := gen(cur)
	if err != nil {
		return nil, err
	}
	var out []StaleFile
	for _, p := range slices.Sorted(maps.Keys(oldF)) {
		o := oldF[p]
		n, ok := newF[p]
		switch {
		case !ok:
			out = append(out, StaleFile{Path: p, Change: "orphaned", UserOwned: o.UserOwned})
		case !o.UserOwned && !bytes.Equal(o.Content, n.Content):
			change := "changed"
			if bytes.Equal(withoutComments(o.Content), withoutComments(n.Content)) {
				change = "comments"
			}
			out = append(out, StaleFile{Path: p, Change: change})
		}
	}
	for _, p := range slices.Sorted(maps.Keys(newF)) {
		if _, ok := oldF[p]; !ok {
			out = append(out, StaleFile{Path: p, Change: "new", UserOwned: newF[p].UserOwned})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// withoutComments drops whole-line // comments, so documentation-only
// changes of a generated file can be told apart from code changes.
func withoutComments(src []byte) []byte {
	var out []byte
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("//")) {
			out = append(out, line...)
		}
	}
	return out
}
