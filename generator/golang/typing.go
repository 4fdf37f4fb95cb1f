package golang

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// direction says whether a structure is an operation input, an operation
// output, or neither; only streaming blobs care.
type direction int

const (
	inNested direction = iota
	inInput
	inOutput
)

var basicKinds = map[ir.Kind]string{
	ir.KindBoolean: "bool",
	ir.KindByte:    "int8",
	ir.KindShort:   "int16",
	ir.KindInteger: "int32",
	ir.KindLong:    "int64",
	ir.KindFloat:   "float32",
	ir.KindDouble:  "float64",
}

// typer applies smithy-go's SymbolVisitor and GoPointableIndex rules to one
// service, with the service's customizations.
type typer struct {
	svc      *ir.Service
	types    string // import path of the types subpackage
	document string // import path of the service's document package
	// applied records the customization that decided a member's type, so
	// that a difference from the plain rules can be explained.
	applied map[*ir.Member]*customization
}

func newTyper(svc *ir.Service) *typer {
	return &typer{
		svc:      svc,
		types:    svc.Go.TypesPackage,
		document: svc.Go.Package + "/document",
		applied:  map[*ir.Member]*customization{},
	}
}

// typeShapes sets GoShape.Type on every shape of the service, in time and
// memory linear in the shape graph: a list's or map's type is built on its
// element's, which is typed first (depth first, with an explicit stack, so
// a chain of 100,000 nested lists neither recurses that deep nor rebuilds
// each element's type once per enclosing list, which was quadratic). Lists
// and maps that contain themselves with no structure or union between have
// no Go type: that is an error naming the shapes.
func (t *typer) typeShapes() error {
	const (
		unseen = iota
		open
		done
	)
	state := make(map[*ir.Shape]uint8, len(t.svc.Shapes))
	var stack []*ir.Shape
	for _, root := range t.svc.Shapes {
		if state[root] == done {
			continue
		}
		stack = append(stack[:0], root)
		state[root] = open
		for len(stack) > 0 {
			sh := stack[len(stack)-1]
			if el := element(sh); el != nil && state[el] != done {
				if state[el] == open {
					return cycleError(t.svc, stack, el)
				}
				state[el] = open
				stack = append(stack, el)
				continue
			}
			sh.Go.Type = t.shapeType(sh)
			state[sh] = done
			stack = stack[:len(stack)-1]
		}
	}
	return nil
}

// element is the shape a list's members or a map's values target, nil for
// other shapes.
func element(sh *ir.Shape) *ir.Shape {
	switch {
	case sh.Kind == ir.KindList && sh.Member != nil:
		return sh.Member.Target
	case sh.Kind == ir.KindMap && sh.Value != nil:
		return sh.Value.Target
	}
	return nil
}

// cycleError reports the lists and maps from el back to el on stack.
func cycleError(svc *ir.Service, stack []*ir.Shape, el *ir.Shape) error {
	i := slices.Index(stack, el)
	ids := make([]string, 0, len(stack)-i+1)
	for _, sh := range stack[i:] {
		ids = append(ids, sh.ID)
	}
	ids = append(ids, el.ID)
	if len(ids) > 6 {
		ids = append(ids[:3], "…", ids[len(ids)-2], ids[len(ids)-1])
	}
	return &ir.Error{File: svc.Source, Path: fmt.Sprintf("$.shapes[%q]", el.ID),
		Msg: fmt.Sprintf("lists and maps contain themselves with no structure or union between (%s): Go has no type for that",
			strings.Join(ids, " → "))}
}

// shapeType is the type of a value of shape sh, before any member decides
// to point at it: the GoShape.Type. A list's or map's element must be
// typed already (see typeShapes).
func (t *typer) shapeType(sh *ir.Shape) ir.GoType {
	switch sh.Kind {
	case ir.KindString:
		return ir.Basic("string")
	case ir.KindEnum, ir.KindIntEnum, ir.KindStructure, ir.KindUnion:
		return ir.Named(t.types, sh.Go.TypeName)
	case ir.KindTimestamp:
		return ir.Named("time", "Time")
	case ir.KindBlob:
		if sh.Streaming {
			return ir.Named("io", "ReadCloser")
		}
		return ir.SliceOf(ir.Basic("byte"))
	case ir.KindDocument:
		return ir.Named(t.document, "Interface")
	case ir.KindBigInteger:
		return ir.PointerTo(ir.Named("math/big", "Int"))
	case ir.KindBigDecimal:
		return ir.PointerTo(ir.Named("math/big", "Float"))
	case ir.KindList:
		return ir.SliceOf(t.elemType(sh, sh.Member))
	case ir.KindMap:
		return ir.MapOf(t.elemType(sh, sh.Value))
	}
	if c := customizationFor(t.svc, sh.Name, "", asLong); c != nil && sh.Kind.IsNumber() {
		return ir.Basic("int64")
	}
	return ir.Basic(basicKinds[sh.Kind])
}

// elemType types a list element or map value: a value unless the
// collection is @sparse and the element kind can be nil-able at all.
func (t *typer) elemType(coll *ir.Shape, m *ir.Member) ir.GoType {
	if m == nil || m.Target == nil {
		return ir.Basic("")
	}
	typ := m.Target.Go.Type
	if coll.Sparse && pointable(m.Target) {
		return ir.PointerTo(typ)
	}
	return typ
}

// pointable reports kinds whose Go type can be made a pointer: everything
// but Go's own reference types, interfaces, enums and the big numbers
// (already pointers).
func pointable(sh *ir.Shape) bool {
	switch sh.Kind {
	case ir.KindBlob, ir.KindList, ir.KindMap, ir.KindUnion, ir.KindDocument,
		ir.KindEnum, ir.KindIntEnum, ir.KindBigInteger, ir.KindBigDecimal:
		return false
	}
	return true
}

// memberType types a member of a structure (or union). noField reports a
// member the SDK has no exported field for: an event stream (reached
// through the output's GetStream method; botocore models event streams as
// streaming structures, Smithy as streaming unions) or a member the SDK
// fills itself.
func (t *typer) memberType(container *ir.Shape, m *ir.Member, dir direction) (typ ir.GoType, noField bool) {
	target := m.Target
	if target.Streaming && (target.Kind == ir.KindUnion || target.Kind == ir.KindStructure) {
		return ir.GoType{}, true
	}
	if c := customizationFor(t.svc, container.Name, m.Name, unexported); c != nil {
		t.applied[m] = c
		return ir.GoType{}, true
	}
	if target.Kind == ir.KindBlob && target.Streaming {
		if dir == inInput {
			return ir.Named("io", "Reader"), false
		}
		return ir.Named("io", "ReadCloser"), false
	}
	typ = target.Go.Type
	if c := customizationFor(t.svc, target.Name, "", asLong); c != nil && target.Kind.IsNumber() && target.Kind != ir.KindLong {
		t.applied[m] = c
	}
	if container.Kind == ir.KindUnion || !pointable(target) {
		return typ, false
	}
	if isNumberOrBool(target) && !t.nullable(container, m) {
		return typ, false
	}
	return ir.PointerTo(typ), false
}

func isNumberOrBool(sh *ir.Shape) bool {
	return sh.Kind == ir.KindBoolean || sh.Kind.IsNumber()
}

// nullable is Smithy's NullableIndex in the CLIENT_ZERO_VALUE_V1_NO_INPUT
// mode that aws-sdk-go-v2 uses: a number or boolean member is a value only
// when it has a @default of its zero value (0 or false) and neither
// @addedDefault nor @clientOptional. @input is ignored in this mode.
func (t *typer) nullable(container *ir.Shape, m *ir.Member) bool {
	plain := m.AddedDefault || m.ClientOptional || !(m.HasDefault && isZero(m.Default, m.Target.Kind))
	for _, r := range []rule{boxNumbers, unboxed} {
		c := customizationFor(t.svc, container.Name, m.Name, r)
		if c == nil {
			continue
		}
		custom := r == boxNumbers
		if custom != plain {
			t.applied[m] = c
		}
		return custom
	}
	return plain
}

// isZero reports the Smithy 1.0 zero value of a number or boolean.
func isZero(jsonText string, k ir.Kind) bool {
	if k == ir.KindBoolean {
		return jsonText == "false"
	}
	f, err := strconv.ParseFloat(jsonText, 64)
	return err == nil && f == 0
}
