// Package client emits, per service, NewClient: the SDK client for the
// target TEST_TARGET selects, bound to an in-process fake when that is the
// target, with the service's own client settings for emulators. Tests call
// it instead of writing the target switch themselves:
//
//	client := sqstest.NewClient(t, sqsfake.New())
package client

import (
	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
)

// FileName is the client file's name within the service package.
const FileName = "client"

// emulatorRules are the client options a service needs against an
// emulator, by sdkId: a boolean field of the SDK's Options to set, and why.
// They are generated, so they compile against the SDK the user pins and the
// runtime knows no service.
var emulatorRules = map[string]struct{ why, field string }{
	"S3": {
		why:   "An emulator at an address such as localhost:4566 cannot serve virtual-hosted bucket names (bucket.localhost): use path-style requests.",
		field: "UsePathStyle",
	},
}

const testingPkg = "testing"

// Emit returns the client file of in's service.
func Emit(in *emit.Input) ([]fileset.File, error) {
	svc := in.Service
	sdk := svc.Go.Package
	opts := jen.Func().Params(jen.Op("*").Qual(sdk, "Options"))
	client := svc.SDKID + " client"
	f := emit.NewFile(svc)
	f.Add(emit.Doc("NewClient returns " + emit.Article(client) + " " + client + " for the target TEST_TARGET selects " +
		"(see runtime/target): an emulator (the default), real AWS (AWS_CLOUD), or IN_PROCESS, where fake answers " +
		"every call and operations it lacks answer NotImplemented; a nil fake is SharedFake(), which keeps the " +
		"resources the fixtures create in memory. " +
		"optFns apply last, as in NewFromConfig."))
	cases := []jen.Code{jen.Case(jen.Qual(emit.RuntimeTarget, "InProcess")).Block(
		jen.If(jen.Id("fake").Op("==").Nil()).Block(jen.Id("fake").Op("=").Id("SharedFake").Call()),
		jen.Id("optFns").Op("=").Append(jen.Index().Add(opts.Clone()).Values(jen.Id("WithServer").Call(jen.Id("fake"))), jen.Id("optFns").Op("...")),
	)}
	if r, ok := emulatorRules[svc.SDKID]; ok {
		cases = append(cases, jen.Case(jen.Qual(emit.RuntimeTarget, "Emulator")).Block(
			emit.DocAt(2, r.why),
			jen.Id("optFns").Op("=").Append(jen.Index().Add(opts.Clone()).Values(
				jen.Func().Params(jen.Id("o").Op("*").Qual(sdk, "Options")).Block(jen.Id("o").Dot(r.field).Op("=").True()),
			), jen.Id("optFns").Op("...")),
		))
	}
	f.Func().Id("NewClient").Params(
		jen.Id("t").Qual(testingPkg, "TB"),
		jen.Id("fake").Id("Server"),
		jen.Id("optFns").Op("...").Add(opts.Clone()),
	).Op("*").Qual(sdk, "Client").Block(
		jen.Id("t").Dot("Helper").Call(),
		// Config fails the test on an unknown target, so Current cannot.
		jen.Id("cfg").Op(":=").Qual(emit.RuntimeTarget, "Config").Call(jen.Id("t")),
		jen.List(jen.Id("kind"), jen.Id("_")).Op(":=").Qual(emit.RuntimeTarget, "Current").Call(),
		jen.Switch(jen.Id("kind")).Block(cases...),
		jen.Return(jen.Qual(sdk, "NewFromConfig").Call(jen.Id("cfg"), jen.Id("optFns").Op("..."))),
	)
	f.Line()
	f.Add(emit.Doc("SharedFake is the Fake every NewClient given no fake uses in this test binary: " +
		"as one emulator serves every test, resources one test's fixture (or another service's fixture that " +
		"needs one) creates are there for the test's other clients to read. Pass NewFake() to NewClient for a " +
		"fake of the test's own."))
	f.Var().Id("SharedFake").Op("=").Qual("sync", "OnceValue").Call(jen.Id("NewFake"))
	file, err := emit.Render(f, emit.Path(svc, FileName))
	if err != nil {
		return nil, err
	}
	return []fileset.File{file}, nil
}
