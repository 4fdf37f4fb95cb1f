// Package stubs emits, per service, the Server interface with every
// operation, the embeddable UnimplementedServer, and the generated dispatch
// that binds an implementation to a real SDK client in-process.
package stubs

import (
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// FileName is the stub file's name within the service package.
const FileName = "stubs"

const ctxPkg = "context"

// Emit returns the stub file of in's service.
func Emit(in *emit.Input) ([]fileset.File, error) {
	svc := in.Service
	f := emit.NewFile(svc)
	sdk := svc.Go.Package
	ops := clientOperations(svc)
	title := svc.SDKID

	signature := func(op *ir.Operation, named bool) *jen.Statement {
		ctx, in := jen.Qual(ctxPkg, "Context"), jen.Op("*").Qual(sdk, op.Go.InputType)
		if named {
			ctx, in = jen.Id("ctx").Add(ctx), jen.Id("in").Add(in)
		}
		return jen.Id(op.Go.Method).Params(ctx, in).Params(jen.Op("*").Qual(sdk, op.Go.OutputType), jen.Error())
	}

	methods := make([]jen.Code, 0, len(ops)+1)
	for _, op := range ops {
		// The SDK's own documentation of a method starts with the
		// summary, not the method's name.
		methods = append(methods, emit.DocAt(1, op.Summary).Line().Add(signature(op, true)))
	}
	methods = append(methods, jen.Id("mustEmbedUnimplementedServer").Params())
	f.Add(emit.Doc("Server has every operation of the pinned SDK's " + title + " client, typed with the SDK's own types, " +
		"those the model lacks included. " +
		"Implementations embed UnimplementedServer by value, so they keep compiling when AWS adds operations."))
	f.Type().Id("Server").Interface(methods...)
	f.Line()

	f.Add(emit.Doc("UnimplementedServer answers every operation with the runtime's NotImplemented error " +
		`(code "NotImplemented", server fault). Embed it by value: a client bound to an implementation ` +
		"embedding a nil *UnimplementedServer fails every call."))
	f.Type().Id("UnimplementedServer").Struct()
	f.Line()
	for _, op := range ops {
		f.Func().Params(jen.Id("UnimplementedServer")).Add(signature(op, false)).Block(
			jen.Return(jen.Nil(), jen.Qual(emit.RuntimeStub, "NotImplemented").Call(jen.Lit(title), jen.Lit(op.Name))),
		)
		f.Line()
	}
	f.Func().Params(jen.Id("UnimplementedServer")).Id("mustEmbedUnimplementedServer").Params().Block()
	f.Line()
	f.Var().Id("_").Id("Server").Op("=").Id("UnimplementedServer").Values()
	f.Line()

	client := svc.SDKID + " client"
	f.Add(emit.Doc("WithServer makes " + emit.Article(client) + " " + client + " answer every call from srv " +
		"in-process: no serialization, no signing, no network. The SDK's input validation still runs. " +
		"Passed to a single call, it overrides the client's binding for that call."))
	f.Comment("")
	f.Comment("\tclient := " + svc.Go.PackageName + ".NewFromConfig(cfg, " + svc.Go.TestPackage + ".WithServer(impl))")
	f.Func().Id("WithServer").Params(jen.Id("srv").Id("Server")).Func().Params(jen.Op("*").Qual(sdk, "Options")).Block(
		jen.Return(jen.Func().Params(jen.Id("o").Op("*").Qual(sdk, "Options")).Block(
			jen.Id("o").Dot("APIOptions").Op("=").Append(jen.Id("o").Dot("APIOptions"),
				jen.Qual(emit.RuntimeStub, "Bind").Call(jen.Lit(title), jen.Func().Params().Block(
					jen.Id("srv").Dot("mustEmbedUnimplementedServer").Call(),
				), jen.Func().Params(
					jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("op").String(), jen.Id("in").Any(),
				).Params(jen.Any(), jen.Bool(), jen.Error()).Block(
					jen.Return(jen.Id("dispatch").Call(jen.Id("ctx"), jen.Id("srv"), jen.Id("op"), jen.Id("in"))),
				))),
		)),
	)
	f.Line()

	cases := make([]jen.Code, 0, len(ops))
	for _, op := range ops {
		cases = append(cases, jen.Case(jen.Lit(op.Name)).Block(
			jen.Return(jen.Qual(emit.RuntimeStub, "Answer").Call(jen.Id("srv").Dot(op.Go.Method).Call(
				jen.Id("ctx"), jen.Id("in").Assert(jen.Op("*").Qual(sdk, op.Go.InputType))))),
		))
	}
	f.Add(emit.Doc("dispatch calls srv's method for the operation the SDK is running; it is generated so that binding needs no reflection."))
	f.Func().Id("dispatch").Params(
		jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("srv").Id("Server"), jen.Id("op").String(), jen.Id("in").Any(),
	).Params(jen.Any(), jen.Bool(), jen.Error()).Block(
		jen.Switch(jen.Id("op")).Block(cases...),
		jen.Return(jen.Nil(), jen.False(), jen.Nil()),
	)
	file, err := emit.Render(f, emit.Path(svc, FileName))
	if err != nil {
		return nil, err
	}
	return []fileset.File{file}, nil
}

// clientOperations returns every operation of the pinned SDK's client: the
// model's that the SDK has and those only the SDK has, by Go method name.
func clientOperations(svc *ir.Service) []*ir.Operation {
	ops := append(emit.Operations(svc), svc.SDKOperations...)
	slices.SortFunc(ops, func(a, b *ir.Operation) int { return strings.Compare(a.Go.Method, b.Go.Method) })
	return ops
}
