package fake

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
)

// rules writes the model's constraints on sh's members, and on the
// members of its structure members one level down, as a fakestore.Rules
// table (one member a line): what AWS checks before it acts. It is nil
// when nothing is checked.
func rules(sh *ir.Shape) jen.Code {
	var lines []string
	var walk func(sh *ir.Shape, goPath, path string, depth int)
	walk = func(sh *ir.Shape, goPath, path string, depth int) {
		for _, m := range sh.Members {
			if m.Go.Skip || m.Target == nil {
				continue
			}
			gp, mp := m.Go.FieldName, m.Name
			if path != "" {
				gp, mp = goPath+"."+gp, path+"."+mp
			}
			if checks := rule(m); len(checks) > 0 {
				lines = append(lines, gp+"\t"+mp+"\t"+strings.Join(checks, "\t")+"\n")
			}
			if depth == 0 && m.Target.Kind == ir.KindStructure && m.Go.Type.IsPointer() {
				walk(m.Target, gp, mp, depth+1)
			}
		}
	}
	if sh != nil {
		walk(sh, "", "", 0)
	}
	if len(lines) == 0 {
		return nil
	}
	// One rule a source line.
	table := jen.Lit(lines[0])
	for _, l := range lines[1:] {
		table = table.Op("+").Line().Lit(l)
	}
	return table
}

// rule is one member's checks in fakestore.Rules' syntax, none when the
// model puts no constraint on it that the fake can check.
func rule(m *ir.Member) []string {
	lim := m.Limits()
	var out []string
	if constraints.Required(m) && nilable(m.Go.Type) {
		out = append(out, "req")
	}
	switch k := m.Target.Kind; {
	case k == ir.KindString || k == ir.KindBlob || k == ir.KindList || k == ir.KindMap:
		if r := bounds(lengthOf(lim.MinLength), lengthOf(lim.MaxLength)); r != "" {
			out = append(out, "len="+r)
		}
		if k == ir.KindString && lim.Pattern != "" {
			if p, err := constraints.Compile(lim.Pattern); err == nil {
				// A tab or newline would end the rule: such a pattern is left out.
				if re, ok := p.RE2(); ok && !strings.ContainsAny(re, "\t\n") {
					check := "re="
					if p.Contains {
						check = "has="
					}
					out = append(out, check+re)
				}
			}
		}
	case k == ir.KindEnum || k == ir.KindIntEnum:
		vals := make([]string, 0, len(m.Target.Enum))
		for _, v := range m.Target.Enum {
			vals = append(vals, v.Value)
		}
		// Values holding the separator, a tab or a newline leave the enum unchecked.
		if len(vals) > 0 && !slices.ContainsFunc(vals, func(v string) bool { return strings.ContainsAny(v, "|\t\n") }) {
			out = append(out, "enum="+strings.Join(vals, "|"))
		}
	case k.IsNumber():
		if r := bounds(lim.Min, lim.Max); r != "" {
			out = append(out, "val="+r)
		}
	}
	// The pattern takes the rest of its line: it goes last.
	slices.SortStableFunc(out, func(a, b string) int {
		return cmp.Compare(btoi(isPattern(a)), btoi(isPattern(b)))
	})
	return out
}

func isPattern(check string) bool {
	return strings.HasPrefix(check, "re=") || strings.HasPrefix(check, "has=")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func lengthOf(n *int64) *float64 {
	if n == nil {
		return nil
	}
	f := float64(*n)
	return &f
}

// bounds writes MIN:MAX with either end empty, "" when both are.
func bounds(min, max *float64) string {
	if min == nil && max == nil {
		return ""
	}
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	return num(min) + ":" + num(max)
}

func nilable(t ir.GoType) bool {
	return t.Kind == ir.GoPointer || t.Kind == ir.GoSlice || t.Kind == ir.GoMap
}

// readyStates are the enum values a usable resource shows, most telling
// first; a state member whose enum has none of them is left unset.
var readyStates = []string{"ACTIVE", "AVAILABLE", "READY", "ENABLED", "CREATE_COMPLETE", "ISSUED", "RUNNING",
	"SUCCEEDED", "COMPLETED", "DEPLOYED", "IN_SYNC", "SUCCESS", "OK", "VALID", "InService", "CREATED"}

// states finds the members of an output that tell a resource's state
// (enums named …Status or …State, Name and …Code inside a …State structure,
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
	// Inside a state structure its Name, Code or StatusCode (amp's
	// workspace.status.statusCode) tells it.
	return isState(name) || (name == "Name" || strings.HasSuffix(name, "Code")) && isState(parent)
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
