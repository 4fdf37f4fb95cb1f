package synth

import (
	"fmt"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/ir"
)

// str returns a string for m that meets lim: a unique Name for a name,
// else the first fitting well-known format, "awsparity", or a value
// generated from the pattern.
func (g *gen) str(m *ir.Member, word string, lim ir.Constraints, path string, name bool) (any, error) {
	var pat *constraints.Pattern
	if lim.Pattern != "" {
		p, err := constraints.Compile(lim.Pattern)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		pat = p
	}
	fits := func(s string) bool {
		n := int64(utf8.RuneCountInString(s))
		return (lim.MinLength == nil || n >= *lim.MinLength) && (lim.MaxLength == nil || n <= *lim.MaxLength) &&
			(pat == nil || pat.MatchString(s))
	}
	if name {
		prefix, given := g.prefixes[m.Name]
		if !given {
			prefix = literalPrefix(pat) + Prefix
		}
		// A domain name is a unique label under example.com, where the
		// pattern allows one.
		tails := []string{""}
		if isDomain(m, word) {
			tails = []string{".example.com", ""}
		}
		for _, tail := range tails {
			if n, ok := uniqueName(prefix, tail, lim, fits); ok {
				return n, nil
			}
		}
		// A pattern "awsparity" does not fit (CloudFormation's
		// Org::Service::Type): the suffix follows a value made from it.
		for _, st := range styles {
			if pat == nil {
				break
			}
			if n, ok := uniqueName(generate(pat.Syntax, st, 0), "", lim, fits); ok {
				return n, nil
			}
		}
	}
	if !name && isReference(m, word) {
		g.out.Placeholders = append(g.out.Placeholders, path)
	}
	minLen := 0
	if lim.MinLength != nil {
		minLen = int(min(*lim.MinLength, maxGenerated))
	}
	candidates := append(g.formats(m, word), Prefix, fit(Prefix, minLen, lim.MaxLength, 'x'))
	for _, c := range candidates {
		if fits(c) {
			return c, nil
		}
	}
	if pat != nil {
		for _, st := range styles {
			if c := generate(pat.Syntax, st, minLen); fits(c) {
				return c, nil
			}
		}
	}
	bounds := ""
	if lim.MinLength != nil || lim.MaxLength != nil {
		bounds = fmt.Sprintf(" of %s to %s characters", bound(lim.MinLength), bound(lim.MaxLength))
	}
	if pat != nil {
		return nil, fmt.Errorf("%s: no value%s found that matches %q", path, bounds, lim.Pattern)
	}
	return nil, fmt.Errorf("%s: no value%s found", path, bounds)
}

func bound(b *int64) string {
	if b == nil {
		return "any"
	}
	return fmt.Sprint(*b)
}

// nameSamples are suffixes the runtime may draw, checked against the
// pattern: mixed, all digits, all letters.
var nameSamples = []string{"0a1b2c3d", "00000000", "abcdefab"}

// uniqueName returns a Name starting with prefix whose every sample fits:
// with "-" between prefix and suffix, else another separator, the prefix
// shortened to the length limit or padded to the minimum.
func uniqueName(prefix, tail string, lim ir.Constraints, fits func(string) bool) (Name, bool) {
	for _, sep := range []string{"-", "_", "", "."} {
		p := prefix
		fixed := len(sep) + SuffixLen + len(tail)
		if lim.MinLength != nil {
			p = fit(p, int(min(*lim.MinLength, maxGenerated))-fixed, nil, 'x')
		}
		if lim.MaxLength != nil {
			p = p[:max(0, min(int(*lim.MaxLength)-fixed, len(p)))]
		}
		n := Name{Prefix: p, Sep: sep, Tail: tail}
		ok := true
		for _, s := range nameSamples {
			ok = ok && fits(n.Sample(s))
		}
		if ok {
			return n, true
		}
	}
	return Name{}, false
}

// isDomain reports a member that holds a DNS domain name.
func isDomain(m *ir.Member, word string) bool {
	lower := strings.ToLower(word)
	return strings.HasSuffix(lower, "domainname") || lower == "name" && strings.Contains(strings.ToLower(m.Summary+" "+m.Target.Summary), "domain")
}

// literalPrefix returns the literal text an anchored pattern starts with
// ("alias/"), "" without a pattern.
func literalPrefix(pat *constraints.Pattern) string {
	if pat == nil {
		return ""
	}
	re := pat.Syntax
	if re.Op != syntax.OpConcat || len(re.Sub) == 0 || re.Sub[0].Op != syntax.OpBeginText && re.Sub[0].Op != syntax.OpBeginLine {
		return ""
	}
	var b strings.Builder
	for _, s := range re.Sub[1:] {
		if s.Op != syntax.OpLiteral || s.Flags&syntax.FoldCase != 0 {
			break
		}
		b.WriteString(string(s.Rune))
	}
	return b.String()
}

// isReference reports members that identify another resource by name
// shape: ARNs, ids, identifiers, URLs, roles.
func isReference(m *ir.Member, word string) bool {
	lower := strings.ToLower(word)
	for _, s := range []string{"arn", "arns", "id", "ids", "identifier", "identifiers", "url", "role"} {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return m.ARN
}

const (
	policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetCallerIdentity","Resource":"*"}]}`
	// account is a placeholder account id, never a real one.
	account = "000000000000"
	region  = "us-east-1"
)

// trustPolicy lets Lambda assume a role: the most common use of one.
var trustPolicy = TrustPolicy("lambda.amazonaws.com")

// TrustPolicy is an IAM trust policy that lets the service principal (such
// as "logs.amazonaws.com") assume a role.
func TrustPolicy(principal string) string {
	return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"` + principal + `"},"Action":"sts:AssumeRole"}]}`
}

// ec2IDs are the id prefixes of EC2 resources other services reference.
var ec2IDs = map[string]string{
	"vpcid": "vpc", "subnetid": "subnet", "securitygroupid": "sg", "internetgatewayid": "igw",
	"routetableid": "rtb", "imageid": "ami", "instanceid": "i", "networkinterfaceid": "eni",
	"transitgatewayid": "tgw", "vpcendpointid": "vpce",
}

// formats returns well-known values for m by its name and documentation,
// most specific first; the caller keeps the first that fits.
func (g *gen) formats(m *ir.Member, word string) []string {
	lower := strings.ToLower(word)
	doc := strings.ToLower(m.Summary + " " + m.Target.Summary)
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(lower, s) {
				return true
			}
		}
		return false
	}
	ends := func(s string) bool { return strings.HasSuffix(lower, s) }
	switch {
	case has("policy") && has("assumerole", "trust"):
		return []string{trustPolicy}
	case has("policy") && !ends("arn") && !ends("name") && !ends("id") && !ends("type"):
		return []string{policy}
	case has("schedule", "expression") && (strings.Contains(doc, "rate") || strings.Contains(doc, "cron")):
		return []string{"rate(1 day)", "cron(0 12 * * ? *)"}
	case has("ipv6cidr"):
		return []string{"2001:db8::/56"}
	case has("cidr"):
		return []string{"10.0.0.0/16"}
	case ends("ipaddress") || ends("ip"):
		return []string{"10.0.0.1"}
	case has("phonenumber"):
		// A number reserved for fiction (NANP 555-01xx).
		return []string{"+12065550100"}
	case has("addressfamily"):
		return []string{"IPv4"}
	case has("email"):
		return []string{"awsparity@example.com"}
	case ends("arn") || ends("arns") || m.ARN || ends("role"):
		return g.arns(lower)
	case ends("url") || ends("uri") || ends("endpoint"):
		return []string{"https://example.com", "https://example.com/awsparity"}
	case ec2IDs[strings.TrimSuffix(lower, "s")] != "":
		return []string{ec2IDs[strings.TrimSuffix(lower, "s")] + "-0123456789abcdef0"}
	case ends("accountid"):
		return []string{account}
	case ends("region"):
		return []string{region}
	case ends("availabilityzone"):
		return []string{region + "a"}
	case has("timezone"):
		return []string{"UTC"}
	case has("password"):
		return []string{"Awsparity-2030!x"}
	case has("description", "comment"):
		return []string{"awsparity test fixture"}
	case strings.Contains(doc, "json") || ends("document") || ends("definition") || ends("json"):
		return []string{"{}"}
	}
	return nil
}

// arnKinds are ARNs of the resources fixtures reference most, by a word
// of the member name.
var arnKinds = []struct{ word, arn string }{
	{"role", "arn:aws:iam::" + account + ":role/awsparity"},
	{"topic", "arn:aws:sns:" + region + ":" + account + ":awsparity"},
	{"queue", "arn:aws:sqs:" + region + ":" + account + ":awsparity"},
	{"kms", "arn:aws:kms:" + region + ":" + account + ":key/00000000-0000-0000-0000-000000000000"},
	{"key", "arn:aws:kms:" + region + ":" + account + ":key/00000000-0000-0000-0000-000000000000"},
	{"stream", "arn:aws:kinesis:" + region + ":" + account + ":stream/awsparity"},
	{"bucket", "arn:aws:s3:::awsparity"},
	{"function", "arn:aws:lambda:" + region + ":" + account + ":function:awsparity"},
	{"loggroup", "arn:aws:logs:" + region + ":" + account + ":log-group:awsparity"},
	{"certificate", "arn:aws:acm:" + region + ":" + account + ":certificate/00000000-0000-0000-0000-000000000000"},
	{"secret", "arn:aws:secretsmanager:" + region + ":" + account + ":secret:awsparity-AbCdEf"},
	{"statemachine", "arn:aws:states:" + region + ":" + account + ":stateMachine:awsparity"},
}

func (g *gen) arns(lower string) []string {
	var out []string
	for _, k := range arnKinds {
		if strings.Contains(lower, k.word) {
			out = append(out, k.arn)
		}
	}
	ns := g.svc.ARNNamespace
	if ns == "" {
		ns = strings.ToLower(g.svc.EndpointPrefix)
	}
	return append(out,
		"arn:aws:"+ns+":"+region+":"+account+":awsparity/awsparity",
		"arn:aws:"+ns+":"+region+":"+account+":awsparity")
}
