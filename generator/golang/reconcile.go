package golang

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// reconcile makes svc agree with the SDK source pkg, recording every
// disagreement in rep. The SDK wins: it is what generated code compiles
// against.
func reconcile(svc *ir.Service, pkg *sdksrc.Package, rep *ServiceReport) {
	svc.Go.SDKVersion = pkg.Version
	rep.SDKVersion = pkg.Version
	r := reconciler{svc: svc, rep: rep, quals: qualifiers(svc), typer: newTyper(svc)}

	inModel := map[string]bool{}
	for _, op := range svc.Operations {
		inModel[op.Go.Method] = true
		sop := pkg.Operations[op.Go.Method]
		if sop == nil || op.Go.Skip {
			d := Drift{Kind: MissingOperation, Operation: op.Name}
			if c := operationCustomization(svc, op.Name, removedOperation); c != nil {
				d.Note = c.Why
			}
			op.Go.Skip = true
			rep.add(d)
			continue
		}
		if op.Go.Paginated != sop.Paginated {
			rep.add(Drift{Kind: PaginatorOverridden, Operation: op.Name,
				Model: fmt.Sprint(op.Go.Paginated), SDK: fmt.Sprint(sop.Paginated)})
			op.Go.Paginated = sop.Paginated
		}
		r.fields(op.Input, sop.Input, op.Go.InputType, false)
		r.fields(op.Output, sop.Output, op.Go.OutputType, false)
	}
	for _, name := range slices.Sorted(maps.Keys(pkg.Operations)) {
		if inModel[name] {
			continue
		}
		sop := pkg.Operations[name]
		if !sop.Typed {
			rep.add(Drift{Kind: SDKOnlyOperation, Operation: name,
				Note: "the SDK source declares no " + name + "Input and " + name + "Output beside the method"})
			continue
		}
		// The SDK is the authority for which operations its client has:
		// the stubs take what the model lacks from it, typed with the
		// SDK's own input and output structs.
		svc.SDKOperations = append(svc.SDKOperations, &ir.Operation{
			Name:    sop.WireName,
			Summary: sop.Summary,
			Go: ir.GoOperation{
				Method: name, InputType: name + "Input", OutputType: name + "Output", Paginated: sop.Paginated,
			},
		})
		rep.add(Drift{Kind: OperationFromSDK, Operation: name})
	}

	dirs := directions(svc)
	for _, sh := range reachable(svc) {
		if _, isOpStruct := dirs[sh]; isOpStruct {
			continue
		}
		switch sh.Kind {
		case ir.KindStructure:
			if s := pkg.Structs[sh.Go.TypeName]; s != nil {
				r.fields(sh, s.Fields, sh.Go.TypeName, sh.ErrorFault != "")
			} else if u := pkg.Unions[sh.Go.TypeName]; u != nil {
				rep.add(Drift{Kind: KindOverridden, Shape: sh.Go.TypeName, Model: string(ir.KindStructure), SDK: string(ir.KindUnion)})
				sh.Kind = ir.KindUnion
				for _, m := range sh.Members {
					m.Go.FieldName = UnionMemberName(sh.Go.TypeName, m.Name)
					if !m.Go.Skip {
						m.Go.Type, _ = r.typer.memberType(sh, m, inNested)
					}
				}
				r.union(sh, u)
			} else {
				rep.add(Drift{Kind: MissingType, Shape: sh.Go.TypeName})
			}
		case ir.KindUnion:
			if u := pkg.Unions[sh.Go.TypeName]; u != nil {
				r.union(sh, u)
			} else {
				rep.add(Drift{Kind: MissingType, Shape: sh.Go.TypeName})
			}
		case ir.KindEnum, ir.KindIntEnum:
			r.enum(sh, pkg.Enums[sh.Go.TypeName])
		}
	}

	for _, w := range svc.Waiters {
		if _, ok := pkg.Waiters[strings.TrimSuffix(w.Go.TypeName, "Waiter")]; !ok {
			rep.add(Drift{Kind: MissingWaiter, Operation: w.Operation, Model: w.Go.TypeName})
			w.Go = ir.GoWaiter{}
		}
	}
}

type reconciler struct {
	svc   *ir.Service
	rep   *ServiceReport
	quals map[string]string
	typer *typer
}

// fields reconciles the members of sh with the SDK struct fields.
func (r *reconciler) fields(sh *ir.Shape, fields []sdksrc.Field, structName string, isError bool) {
	used := map[string]bool{}
	if sh != nil {
		for _, m := range sh.Members {
			if m.Go.Skip {
				continue // an event stream: never a field
			}
			f, ok := sdksrc.FieldNamed(fields, m.Go.FieldName)
			if !ok {
				m.Go.Skip = true
				r.rep.add(Drift{Kind: MissingMember, Shape: structName, Member: m.Go.FieldName})
				continue
			}
			used[f.Name] = true
			r.overrideType(&m.Go.Type, f.Type, structName, m.Go.FieldName)
		}
	}
	for _, f := range fields {
		if !used[f.Name] && !(isError && sdkAddedErrorFields[f.Name]) {
			r.rep.add(Drift{Kind: SDKOnlyMember, Shape: structName, Member: f.Name, SDK: f.Type})
		}
	}
}

func (r *reconciler) overrideType(typ *ir.GoType, sdkType, structName, field string) {
	predicted := typ.String()
	if predicted == sdkType {
		return
	}
	d := Drift{Kind: TypeOverridden, Shape: structName, Member: field, Model: predicted, SDK: sdkType}
	if t, err := ParseType(sdkType, r.quals); err == nil {
		*typ = t
	} else {
		// Keep the prediction; the report says the SDK type was not usable.
		d.SDK += " (" + err.Error() + ")"
	}
	r.rep.add(d)
}

func (r *reconciler) union(sh *ir.Shape, u *sdksrc.Union) {
	for _, m := range sh.Members {
		if m.Go.Skip {
			continue // an event stream's error: never a member type
		}
		valueType, ok := u.Members[m.Go.FieldName]
		if !ok {
			m.Go.Skip = true
			r.rep.add(Drift{Kind: MissingMember, Shape: sh.Go.TypeName, Member: m.Go.FieldName})
			continue
		}
		r.overrideType(&m.Go.Type, valueType, m.Go.FieldName, "Value")
	}
}

func (r *reconciler) enum(sh *ir.Shape, e *sdksrc.Enum) {
	if e == nil {
		r.rep.add(Drift{Kind: MissingType, Shape: sh.Go.TypeName})
		for i := range sh.Enum {
			sh.Enum[i].GoName = ""
		}
		return
	}
	byValue := make(map[string]string, len(e.Constants))
	for _, c := range e.Constants {
		byValue[c.Value] = c.Name
	}
	for i := range sh.Enum {
		ev := &sh.Enum[i]
		name, ok := byValue[ev.Value]
		switch {
		case !ok:
			r.rep.add(Drift{Kind: MissingEnumValue, Shape: sh.Go.TypeName, Member: ev.Value, Model: ev.GoName})
			ev.GoName = ""
		case name != ev.GoName:
			r.rep.add(Drift{Kind: EnumNameOverridden, Shape: sh.Go.TypeName, Member: ev.Value, Model: ev.GoName, SDK: name})
			ev.GoName = name
		}
	}
}

// reachable returns the shapes the SDK generates: those reachable from the
// operations it has (inputs, outputs, errors and everything they
// reference), in svc.Shapes order.
func reachable(svc *ir.Service) []*ir.Shape {
	seen := map[*ir.Shape]bool{}
	var walk func(*ir.Shape)
	walk = func(sh *ir.Shape) {
		if sh == nil || seen[sh] {
			return
		}
		seen[sh] = true
		for _, m := range sh.Members {
			walk(m.Target)
		}
		for _, m := range []*ir.Member{sh.Member, sh.Key, sh.Value} {
			if m != nil {
				walk(m.Target)
			}
		}
	}
	for _, op := range svc.Operations {
		if op.Go.Skip {
			continue
		}
		walk(op.Input)
		walk(op.Output)
		for _, e := range op.Errors {
			walk(e)
		}
	}
	var out []*ir.Shape
	for _, sh := range svc.Shapes {
		if seen[sh] {
			out = append(out, sh)
		}
	}
	return out
}

// qualifiers maps the package qualifiers sdksrc writes to import paths.
func qualifiers(svc *ir.Service) map[string]string {
	return map[string]string{
		"types":    svc.Go.TypesPackage,
		"document": svc.Go.Package + "/document",
		"time":     "time",
		"io":       "io",
		"big":      "math/big",
	}
}

var basicTypes = map[string]bool{
	"string": true, "bool": true, "byte": true, "int8": true, "int16": true,
	"int32": true, "int64": true, "float32": true, "float64": true,
}

// ParseType turns a type expression in sdksrc's normalized form back into
// an ir.GoType, resolving qualifiers through quals.
func ParseType(s string, quals map[string]string) (ir.GoType, error) {
	switch {
	case strings.HasPrefix(s, "*"):
		t, err := ParseType(s[1:], quals)
		return ir.PointerTo(t), err
	case strings.HasPrefix(s, "[]"):
		t, err := ParseType(s[2:], quals)
		return ir.SliceOf(t), err
	case strings.HasPrefix(s, "map[string]"):
		t, err := ParseType(s[len("map[string]"):], quals)
		return ir.MapOf(t), err
	case basicTypes[s]:
		return ir.Basic(s), nil
	}
	if q, name, ok := strings.Cut(s, "."); ok {
		if path, ok := quals[q]; ok {
			return ir.Named(path, name), nil
		}
	}
	return ir.GoType{}, fmt.Errorf("unsupported type expression %q", s)
}
