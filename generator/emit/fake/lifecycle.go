package fake

import (
	"github.com/dave/jennifer/jen"

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
		if !k.ready || len(k.res.Carried()) > 0 || crossService(k.res, p) {
			// A child needs its parent made first and named in every
			// call, and a resource of another service a client of that
			// service's fake.
			continue
		}
		call := func(op *ir.Operation, m *ir.Member) jen.Code {
			val := jen.Qual(awsPkg, "String").Call(jen.Id("id"))
			if isStringList(m) {
				val = jen.Index().String().Values(jen.Id("id"))
			}
			return jen.Func().Params(jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("id").String()).Error().Block(
				jen.List(jen.Id("_"), jen.Err()).Op(":=").Id("c").Dot(op.Go.Method).Call(jen.Id("ctx"),
					jen.Op("&").Qual(sdk, op.Go.InputType).Values(jen.Dict{jen.Id(m.Go.FieldName): val})),
				jen.Return(jen.Err()),
			)
		}
		var read jen.Code
		gone := call(k.delete, field(k.delete.Input, k.res.DeleteMember))
		for _, r := range k.reads {
			if r.alone {
				read = call(r.op, r.field)
				gone = read
				break
			}
		}
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
		cases = append(cases, jen.Id("t").Dot("Run").Call(jen.Lit(k.res.Name), jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
			jen.Id("t").Dot("Parallel").Call(),
			jen.Id("c").Op(":=").Qual(sdk, "NewFromConfig").Call(
				jen.Qual(awsPkg, "Config").Values(jen.Dict{jen.Id("Region"): jen.Lit("us-east-1")}),
				jen.Id("WithServer").Call(jen.Id("NewFake").Call())),
			jen.Qual(emit.RuntimeFakestore, "Lifecycle").Call(jen.Id("t"),
				jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).String().Block(
					jen.Return(jen.Id(k.res.Fixture()).Call(jen.Id("t"), jen.Id("c")).Dot("ID")),
				), read, gone),
		)))
	}
	if len(cases) == 0 {
		return nil, nil
	}
	f := emit.NewFile(svc)
	f.Add(emit.Doc("TestFakeLifecycle creates every fixture that needs no options against NewFake, reads each " +
		"resource back, cleans it up, and checks that it is then gone (NotFound)."))
	f.Func().Id("TestFakeLifecycle").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(cases...)
	file, err := emit.Render(f, svc.Go.TestPackage+"/zz_generated."+FileName+"_test.go")
	if err != nil {
		return nil, err
	}
	return &file, nil
}

const awsPkg = "github.com/aws/aws-sdk-go-v2/aws"

// crossService reports whether r's fixture creates a resource of another
// service, itself or through the fixtures of its own service it calls.
func crossService(r *resources.Resource, p *plan) bool {
	for _, d := range r.Dependencies() {
		if !d.Auto {
			continue
		}
		if d.Service != "" {
			return true
		}
		for _, k := range p.kinds {
			if k.res.Name == d.Resource && k.res != r && crossService(k.res, p) {
				return true
			}
		}
	}
	return false
}
