package fake

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/synth"
)

// The identifiers and ARNs a fake makes up must pass the model's
// constraints wherever they are sent back: the delete's member, a child's
// parent member, another resource's reference (Route 53 takes hosted zone
// ids of at most 32 characters; EventBridge connection ARNs end in
// name/uuid). fit picks, of some templates in order of likeness to AWS,
// the first whose sample meets every such member's constraints.

// fit returns the first of templates whose sample every member accepts,
// the first template when none does.
func fit(templates []string, members []*ir.Member, vars map[string]string) string {
	tpl, _ := fitting(templates, members, vars)
	return tpl
}

// fitting is fit, reporting whether a template fits.
func fitting(templates []string, members []*ir.Member, vars map[string]string) (string, bool) {
	for _, tpl := range templates {
		v := sample(tpl, vars)
		ok := true
		for _, m := range members {
			if len(constraints.CheckMember(m, v)) > 0 {
				ok = false
				break
			}
		}
		if ok {
			return tpl, true
		}
	}
	return templates[0], false
}

var hexN = regexp.MustCompile(`\{hex(\d+)\}`)

// sample expands a template as fakestore.Expand does, with fixed values.
func sample(tpl string, vars map[string]string) string {
	tpl = hexN.ReplaceAllStringFunc(tpl, func(s string) string {
		n := 0
		for _, c := range s[4 : len(s)-1] {
			n = n*10 + int(c-'0')
		}
		return strings.Repeat("0a", n)[:n]
	})
	r := []string{"{partition}", "aws", "{region}", "us-east-1", "{account}", "000000000000",
		"{uuid}", "0a0a0a0a-0a0a-4a0a-a0a0-0a0a0a0a0a0a"}
	for k, v := range vars {
		r = append(r, "{"+k+"}", v)
	}
	return strings.NewReplacer(r...).Replace(tpl)
}

// refMembers are the members that take k's identifier (ids) or ARN (arns)
// back: the delete's, the create output's, and other resources' references
// to it in this service.
func (p *plan) refMembers(k *kind) (ids, arns []*ir.Member) {
	ms := k.res.Identifier.Resolve(k.create)
	ids = append(ids, ms[len(ms)-1])
	if m := field(k.delete.Input, k.res.DeleteMember); m != nil {
		ids = append(ids, m)
	}
	if a := k.res.ARN.Resolve(k.create); len(a) > 0 {
		arns = append(arns, a[len(a)-1])
	}
	for _, o := range p.kinds {
		for _, ref := range o.res.Refs {
			m := field(o.create.Input, ref.Member)
			if ref.Service != "" || ref.Resource != k.res.Name || m == nil || !isString(m) {
				continue
			}
			if ref.ARN {
				arns = append(arns, m)
			} else {
				ids = append(ids, m)
			}
		}
	}
	return ids, arns
}

// fitTemplates settles k's identifier and ARN templates once every kind
// is known.
func (p *plan) fitTemplates(k *kind) {
	ids, arns := p.refMembers(k)
	// A fixture names the resource "awsparity-<8 hex>"; a nameless one
	// identified by its ARN gets 12 random hex digits (fakestore.Create).
	vars := map[string]string{"name": "awsparity-0a0a0a0a"}
	if k.nameFld == "" && k.idTpl == "{arn}" {
		vars["name"] = "0a0a0a0a0a0a"
	}
	if k.arn != "" {
		if k.idTpl == "{arn}" {
			arns = append(arns, ids...)
		}
		// Synthesis is the slower way: only when no usual spelling fits.
		var ok bool
		if k.arn, ok = fitting(p.arnTemplates(k.res.Name), arns, vars); !ok {
			k.arn = fit(append([]string{k.arn}, p.synthesizedARNs(k)...), arns, vars)
		}
	}
	if k.idTpl != "" && k.idTpl != "{arn}" && !strings.HasPrefix(k.idTpl, "https://") {
		k.idTpl = fit(idTemplates(k.idTpl, ids), ids, vars)
	}
}

// synthesizedARNs are ARN templates made from the placeholder ARNs
// generator/synth writes for the members that reference k by ARN, or by
// an identifier that is its ARN (they meet those members' patterns): the account and region become
// placeholders, and the part after the last / or : random hex of its
// length.
func (p *plan) synthesizedARNs(k *kind) []string {
	var out []string
	for _, o := range p.kinds {
		for _, ref := range o.res.Refs {
			if ref.Service != "" || ref.Resource != k.res.Name || !ref.ARN && k.idTpl != "{arn}" {
				continue
			}
			v, ok := synth.For(p.svc, o.create, synth.Plan{}).Values[ref.Member].(string)
			if !ok || !strings.HasPrefix(v, "arn:") {
				continue
			}
			parts := strings.SplitN(v, ":", 6)
			if len(parts) < 6 {
				continue
			}
			parts[1] = "{partition}"
			if parts[3] != "" {
				parts[3] = "{region}"
			}
			if parts[4] != "" {
				parts[4] = "{account}"
			}
			res := parts[5]
			cut := len(strings.TrimRightFunc(res, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }))
			if n := len(res) - cut; n > 0 && n <= 64 {
				res = res[:cut] + "{hex" + strconv.Itoa(n) + "}"
			}
			parts[5] = res
			out = append(out, strings.Join(parts, ":"))
		}
	}
	return out
}

// idTemplates are the identifier templates to try: the usual one, then
// random hex of several lengths after each literal prefix the members'
// patterns start with (WorkMail's m-, VPC Lattice's svc-).
func idTemplates(usual string, ids []*ir.Member) []string {
	out := []string{usual}
	prefixes := []string{""}
	for _, m := range ids {
		if pat := m.Limits().Pattern; pat != "" {
			if p, err := constraints.Compile(pat); err == nil {
				prefixes = append(prefixes, literalPrefixes(p.Syntax)...)
			}
		}
	}
	for _, p := range prefixes {
		for _, n := range []string{"17", "32", "16", "12", "10", "8", "7", "6", "4"} {
			out = append(out, p+"{hex"+n+"}")
		}
	}
	// Last, the pattern itself spelled as a template, for identifiers of
	// several parts (Cognito's user pool id, <region>_<id>: [\w-]+_[0-9a-zA-Z]+).
	for _, m := range ids {
		if pat := m.Limits().Pattern; pat != "" {
			if p, err := constraints.Compile(pat); err == nil {
				if tpl, ok := patternTemplate(p.Syntax); ok {
					out = append(out, tpl)
				}
			}
		}
	}
	return out
}

// patternTemplate spells a pattern as a template: its literals as they
// are, and each repeated class that holds hex digits as random hex of a
// length the repetition allows; ok is false for what it cannot spell.
func patternTemplate(re *syntax.Regexp) (string, bool) {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpEmptyMatch:
		return "", true
	case syntax.OpLiteral:
		return string(re.Rune), re.Flags&syntax.FoldCase == 0
	case syntax.OpCapture, syntax.OpAlternate:
		return patternTemplate(re.Sub[0])
	case syntax.OpCharClass:
		// One character of the class: its first printable one (DataZone's
		// dzd[-_]…).
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := max(re.Rune[i], '!'); r <= min(re.Rune[i+1], '~'); r++ {
				if r != '{' && r != '}' {
					return string(r), true
				}
			}
		}
		return "", false
	case syntax.OpConcat:
		var b strings.Builder
		for _, sub := range re.Sub {
			part, ok := patternTemplate(sub)
			if !ok {
				return "", false
			}
			b.WriteString(part)
		}
		return b.String(), true
	case syntax.OpPlus, syntax.OpStar, syntax.OpRepeat:
		sub := re.Sub[0]
		if sub.Op != syntax.OpCharClass || !holdsHex(sub) {
			return "", false
		}
		n := 12
		if re.Op == syntax.OpRepeat {
			n = max(re.Min, min(n, re.Max))
			if re.Max < 0 {
				n = max(re.Min, 12)
			}
		}
		if n == 0 || n > 64 {
			return "", false
		}
		return "{hex" + strconv.Itoa(n) + "}", true
	}
	return "", false
}

// holdsHex reports whether a character class holds every lower-case hex
// digit.
func holdsHex(class *syntax.Regexp) bool {
	for _, r := range "0123456789abcdef" {
		in := false
		for i := 0; i+1 < len(class.Rune); i += 2 {
			if class.Rune[i] <= r && r <= class.Rune[i+1] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// literalPrefixes are the literal texts a pattern's alternatives start
// with, anchors skipped.
func literalPrefixes(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []string{string(re.Rune)}
		}
	case syntax.OpCapture:
		return literalPrefixes(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, literalPrefixes(sub)...)
		}
		return out
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if sub.Op != syntax.OpBeginText && sub.Op != syntax.OpBeginLine && sub.Op != syntax.OpEmptyMatch {
				return literalPrefixes(sub)
			}
		}
	}
	return nil
}
