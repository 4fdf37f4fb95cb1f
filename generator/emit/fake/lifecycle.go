package fake

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// lifecycleTest emits TestFakeLifecycle: every fixture that needs no
// options, created against NewFake, read back, cleaned up, then answering
// NotFound. It is nil for a service without such fixtures.
func lifecycleTest(svc *ir.Service, p *plan) (*fileset.File, error) {
	sdk := svc.Go.Package
	var cases []jen.Code
	for _, k := range p.kinds {
		if !k.ready {
			continue
		}
		args, why := parentArgs(svc, k, 0)
		if why != "" {
			cases = append(cases, jen.Id("t").Dot("Run").Call(jen.Lit(k.res.Name),
				jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(jen.Id("t").Dot("Skip").Call(jen.Lit(why)))))
			continue
		}
		// The fixture's final input, kept for the calls that name the
		// resource within its parent or need a create value again
		// (DeleteLogStream's logGroupName, DeleteAccountPolicy's policyType).
		var read jen.Code
		gone, usesIn := probe(sdk, k.delete, field(k.delete.Input, k.res.DeleteMember), k.create)
		for _, r := range k.reads {
			if fits(r.op, r.field, k.create) {
				read, usesIn = probe(sdk, r.op, r.field, k.create)
				gone = read
				break
			}
		}
		// The fake answers at once: a resource not usable at the first
		// reads never becomes so, and the test fails then, not minutes later.
		opt := []jen.Code{jen.Id("o").Dot("Wait").Dot("Timeout").Op("=").Qual(emit.RuntimeFakestore, "WaitTimeout")}
		if usesIn {
			opt = append(opt, jen.Id("in").Op("=").Id("o").Dot("Input"))
		}
		fixtureArgs := append([]jen.Code{jen.Id("t"), jen.Id("c")}, args...)
		fixtureArgs = append(fixtureArgs, jen.Func().Params(jen.Id("o").Op("*").Id(k.res.Fixture()+"Options")).Block(opt...))
		create := []jen.Code{jen.Return(jen.Id(k.res.Fixture()).Call(fixtureArgs...).Dot("ID"))}
		if l := k.list; read == nil && l != nil {
			// Only a listing shows the resource: it must hold the identifier.
			read = jen.Func().Params(jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("id").String()).Error().Block(
				jen.List(jen.Id("out"), jen.Err()).Op(":=").Id("c").Dot(l.op.Go.Method).Call(jen.Id("ctx"),
					jen.Op("&").Qual(sdk, l.op.Go.InputType).Values()),
				jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
				jen.Return(jen.Qual(emit.RuntimeFakestore, "Listed").Call(jen.Id("out"), jen.Id("id"))),
			)
		}
		if read == nil {
			read = jen.Nil()
		}
		body := []jen.Code{jen.Id("c").Op(":=").Id("NewClient").Call(jen.Id("t"), jen.Id("NewFake").Call())}
		if usesIn {
			body = append(body, jen.Var().Id("in").Op("*").Qual(sdk, k.create.Go.InputType))
		}
		body = append(body, jen.Qual(emit.RuntimeFakestore, "Lifecycle").Call(jen.Id("t"),
			jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).String().Block(create...), read, gone))
		cases = append(cases, jen.Id("t").Dot("Run").Call(jen.Lit(k.res.Name),
			jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(body...)))
	}
	if len(cases) == 0 {
		return nil, nil
	}
	f := emit.NewFile(svc)
	f.Add(emit.Doc("TestFakeLifecycle creates every fixture that needs no options against NewFake (parents " +
		"through their own fixtures), reads each resource back, cleans it up, and checks that it is then gone " +
		"(NotFound). The target is IN_PROCESS, so dependencies the fixtures create through other services' " +
		"NewClient(t, nil) get those services' fakes."))
	f.Func().Id("TestFakeLifecycle").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		append([]jen.Code{jen.Id("t").Dot("Setenv").Call(jen.Lit("TEST_TARGET"), jen.Lit("IN_PROCESS"))}, cases...)...)
	file, err := emit.Render(f, svc.Go.TestPackage+"/zz_generated."+FileName+"_test.go")
	if err != nil {
		return nil, err
	}
	return &file, nil
}

const awsPkg = "github.com/aws/aws-sdk-go-v2/aws"

// carried returns the member of the create input that o repeats: same
// Go field and type, so the create's value can be passed again.
func carried(create *ir.Operation, o *ir.Member) *ir.Member {
	for _, m := range create.Input.Members {
		if m.Go.FieldName == o.Go.FieldName && !m.Go.Skip && m.Go.Type.String() == o.Go.Type.String() {
			return m
		}
	}
	return nil
}

// fits reports whether op needs nothing but the identifier in m and
// values the create input holds too.
func fits(op *ir.Operation, m *ir.Member, create *ir.Operation) bool {
	for _, o := range op.Input.Members {
		if o != m && constraints.Required(o) && carried(create, o) == nil {
			return false
		}
	}
	return true
}

// probe is a func(ctx, id) error calling op with id in m and, in its
// other required members, the create input's values (in, in scope);
// usesIn says whether it needs them.
func probe(sdk string, op *ir.Operation, m *ir.Member, create *ir.Operation) (_ jen.Code, usesIn bool) {
	id := jen.Qual(awsPkg, "String").Call(jen.Id("id"))
	if isStringList(m) {
		id = jen.Index().String().Values(jen.Id("id"))
	}
	d := jen.Dict{jen.Id(m.Go.FieldName): id}
	for _, o := range op.Input.Members {
		if o != m && constraints.Required(o) && carried(create, o) != nil {
			d[jen.Id(o.Go.FieldName)] = jen.Id("in").Dot(o.Go.FieldName)
			usesIn = true
		}
	}
	return jen.Func().Params(jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("id").String()).Error().Block(
		jen.List(jen.Id("_"), jen.Err()).Op(":=").Id("c").Dot(op.Go.Method).Call(jen.Id("ctx"),
			jen.Op("&").Qual(sdk, op.Go.InputType).Values(d)),
		jen.Return(jen.Err()),
	), usesIn
}

// parentArgs are the expressions that create k's parents for its fixture
// with their own fixtures (t and c in scope): the parent's ID, or its ARN
// where the fixture takes that. why says why a parent cannot be made so
// (another service's, or one that needs options), "" when it can.
func parentArgs(svc *ir.Service, k *kind, depth int) (args []jen.Code, why string) {
	for _, ref := range k.res.Parents() {
		pk := (*kind)(nil)
		if k.parent != nil && k.parent.res.Name == ref.Resource && ref.Service == "" {
			pk = k.parent
		}
		switch {
		case pk == nil && ref.Resource == "" && strings.HasSuffix(ref.Member, "AccountId"):
			// The account a resource lives in (QuickSight's AwsAccountId):
			// the fakes' own.
			args = append(args, jen.Qual(emit.RuntimeFakestore, "Account"))
			continue
		case pk == nil && ref.Service != "":
			return nil, "its parent, " + ref.Service + " " + ref.Resource + ", is another service's"
		case pk == nil:
			return nil, "its parent (" + ref.Member + ") has no fixture in " + svc.SDKID
		case !pk.ready || depth > 3:
			return nil, "its parent " + pk.res.Name + " needs options"
		}
		pargs, why := parentArgs(svc, pk, depth+1)
		if why != "" {
			return nil, why
		}
		made := jen.Id(pk.res.Fixture()).Call(append([]jen.Code{jen.Id("t"), jen.Id("c")}, pargs...)...)
		if !ref.ARN {
			args = append(args, made.Dot("ID"))
			continue
		}
		ms := pk.res.ARN.Resolve(pk.create)
		if pk.res.ARN.From != "output" || ms == nil {
			return nil, "its parent " + pk.res.Name + " has no ARN in its create output"
		}
		sel := made.Dot("Output")
		for i, m := range ms {
			sel = sel.Dot(m.Go.FieldName)
			if strings.HasSuffix(pk.res.ARN.Members[i], resources.First) {
				sel = sel.Index(jen.Lit(0))
			}
		}
		args = append(args, jen.Qual(awsPkg, "ToString").Call(sel))
	}
	return args, ""
}
