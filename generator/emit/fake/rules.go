package fake

import (
	"math"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/ir"
)

// rules renders the model's constraints on sh's members, and on the
// members of its structure members one level down, as fakestore.Rule
// literals: what AWS checks before it acts.
func rules(sh *ir.Shape) []jen.Code {
	var out []jen.Code
	var walk func(sh *ir.Shape, goPath []string, path string, depth int)
	walk = func(sh *ir.Shape, goPath []string, path string, depth int) {
		for _, m := range sh.Members {
			if m.Go.Skip || m.Target == nil {
				continue
			}
			gp := append(append([]string(nil), goPath...), m.Go.FieldName)
			mp := m.Name
			if path != "" {
				mp = path + "." + m.Name
			}
			if r := rule(m, gp, mp); r != nil {
				out = append(out, r)
			}
			if depth == 0 && m.Target.Kind == ir.KindStructure && m.Go.Type.IsPointer() {
				walk(m.Target, gp, mp, depth+1)
			}
		}
	}
	if sh != nil {
		walk(sh, nil, "", 0)
	}
	return out
}

// rule is one member's Rule literal, nil when the model puts no
// constraint on it that the fake can check.
func rule(m *ir.Member, goPath []string, path string) jen.Code {
	lim := m.Limits()
	d := jen.Dict{}
	if constraints.Required(m) && nilable(m.Go.Type) {
		d[jen.Id("Required")] = jen.True()
	}
	switch k := m.Target.Kind; {
	case k == ir.KindString || k == ir.KindBlob || k == ir.KindList || k == ir.KindMap:
		if r := bounds(lengthOf(lim.MinLength), lengthOf(lim.MaxLength)); r != nil {
			d[jen.Id("Length")] = r
		}
		if k == ir.KindString && lim.Pattern != "" {
			if p, err := constraints.Compile(lim.Pattern); err == nil {
				if re, ok := p.RE2(); ok {
					d[jen.Id("Pattern")] = jen.Lit(re)
				}
			}
		}
	case k == ir.KindEnum || k == ir.KindIntEnum:
		vals := make([]jen.Code, 0, len(m.Target.Enum))
		for _, v := range m.Target.Enum {
			vals = append(vals, jen.Lit(v.Value))
		}
		if len(vals) > 0 {
			d[jen.Id("Enum")] = jen.Index().String().Values(vals...)
		}
	case k.IsNumber():
		if r := bounds(lim.Min, lim.Max); r != nil {
			d[jen.Id("Value")] = r
		}
	}
	if len(d) == 0 {
		return nil
	}
	d[jen.Id("Field")] = strings2(goPath)
	d[jen.Id("Member")] = jen.Lit(path)
	return jen.Values(d)
}

func lengthOf(n *int64) *float64 {
	if n == nil {
		return nil
	}
	f := float64(*n)
	return &f
}

func bounds(min, max *float64) jen.Code {
	switch {
	case min != nil && max != nil:
		return jen.Qual(emit.RuntimeFakestore, "Between").Call(num(*min), num(*max))
	case min != nil:
		return jen.Qual(emit.RuntimeFakestore, "AtLeast").Call(num(*min))
	case max != nil:
		return jen.Qual(emit.RuntimeFakestore, "AtMost").Call(num(*max))
	}
	return nil
}

// num writes a bound as the model does: 1024, not 1024.0.
func num(f float64) jen.Code {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return jen.Lit(int(f))
	}
	return jen.Lit(f)
}

func nilable(t ir.GoType) bool {
	return t.Kind == ir.GoPointer || t.Kind == ir.GoSlice || t.Kind == ir.GoMap
}

func strings2(ss []string) jen.Code {
	vals := make([]jen.Code, 0, len(ss))
	for _, s := range ss {
		vals = append(vals, jen.Lit(s))
	}
	return jen.Index().String().Values(vals...)
}

// readyStates are the enum values a usable resource shows, most telling
// first; a state member whose enum has none of them is left unset.
var readyStates = []string{"ACTIVE", "AVAILABLE", "READY", "ENABLED", "CREATE_COMPLETE", "ISSUED", "RUNNING",
	"SUCCEEDED", "COMPLETED", "DEPLOYED", "IN_SYNC", "SUCCESS", "OK", "VALID"}

// states finds the members of an output that tell a resource's state
// (enums named …Status or …State, Name and Code inside a …State structure,
// strings named …Status) to the depth fakestore fills, with the value a
// usable resource shows.
func states(sh *ir.Shape) []jen.Code {
	var out []jen.Code
	var walk func(sh *ir.Shape, path, parent string, depth int)
	walk = func(sh *ir.Shape, path, parent string, depth int) {
		for _, m := range sh.Members {
			if m.Go.Skip || m.Target == nil {
				continue
			}
			p := m.Go.FieldName
			if path != "" {
				p = path + "." + p
			}
			t := m.Target
			if t.Kind == ir.KindList && t.Member != nil {
				t = t.Member.Target
			}
			v := ""
			switch {
			case t.Kind == ir.KindEnum && stateName(m.Go.FieldName, parent):
				v = ready(t)
			case t.Kind == ir.KindString && (strings.HasSuffix(m.Go.FieldName, "Status") || strings.HasSuffix(m.Go.FieldName, "State")):
				// A status or state the model leaves a plain string is spelled
				// lower-case by the services that do so (Redshift, RDS, EC2
				// customer gateways), and their waiters wait for this one.
				v = "available"
			case t.Kind == ir.KindStructure && depth < 3:
				walk(t, p, m.Go.FieldName, depth+1)
			}
			if v != "" {
				out = append(out, jen.Values(jen.Dict{jen.Id("Path"): jen.Lit(p), jen.Id("Value"): jen.Lit(v)}))
			}
		}
	}
	if sh != nil {
		walk(sh, "", "", 0)
	}
	return out
}

func stateName(name, parent string) bool {
	isState := func(s string) bool { return strings.HasSuffix(s, "Status") || strings.HasSuffix(s, "State") }
	return isState(name) || (name == "Name" || name == "Code") && isState(parent)
}

func ready(enum *ir.Shape) string {
	for _, want := range readyStates {
		for _, v := range enum.Enum {
			if strings.EqualFold(v.Value, want) {
				return v.Value
			}
		}
	}
	return ""
}
