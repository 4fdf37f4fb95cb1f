// Package emit holds what every emitter shares: its Input and signature,
// the generated file header, package-name registration, doc comments, and
// rendering IR Go types with jennifer. Emitters live in subpackages and only
// read their Input: names precomputed in the IR, resources found once.
package emit

import (
	"bytes"
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// RuntimeSupport is the runtime constant every generated file references,
// so that a runtime module older than the generated code fails to compile
// naming it. Raise the version (and add the constant to runtime/stub,
// keeping the older ones) when generated code needs something new of the
// runtime.
const RuntimeSupport = "SupportPackageIsVersion1"

// Runtime import paths used by generated code.
const (
	RuntimeStub     = "github.com/awsparity/awsparity/runtime/stub"
	RuntimeFixture  = "github.com/awsparity/awsparity/runtime/fixture"
	RuntimeSnapshot = "github.com/awsparity/awsparity/runtime/snapshot"
	RuntimeTarget   = "github.com/awsparity/awsparity/runtime/target"
	// RuntimeFakestore holds the state of generated lifecycle fakes.
	RuntimeFakestore = "github.com/awsparity/awsparity/runtime/fakestore"
)

// NewFile starts a generated file of svc's helper package with the header
// and the real names of every package it may import, so jennifer never
// invents aliases.
func NewFile(svc *ir.Service) *jen.File {
	f := jen.NewFile(svc.Go.TestPackage)
	f.HeaderComment(fileset.Header)
	f.ImportNames(map[string]string{
		svc.Go.Package:                      svc.Go.PackageName,
		svc.Go.TypesPackage:                 "types",
		"github.com/aws/aws-sdk-go-v2/aws":  "aws",
		"github.com/aws/smithy-go":          "smithy",
		"github.com/aws/smithy-go/document": "document",
		RuntimeStub:                         "stub",
		RuntimeFixture:                      "fixture",
		RuntimeSnapshot:                     "snapshot",
		RuntimeTarget:                       "target",
		RuntimeFakestore:                    "fakestore",
	})
	f.Comment("A compile error here means the awsparity runtime module is older than")
	f.Comment("this generated code: update github.com/awsparity/awsparity/runtime.")
	f.Const().Id("_").Op("=").Qual(RuntimeStub, RuntimeSupport)
	f.Line()
	return f
}

// Render turns f into a file at path (relative to the output directory).
func Render(f *jen.File, path string) (fileset.File, error) {
	var b bytes.Buffer
	if err := f.Render(&b); err != nil {
		return fileset.File{}, fmt.Errorf("rendering %s: %w", path, err)
	}
	// jennifer gofmt-s what it renders.
	return fileset.File{Path: path, Content: b.Bytes(), Formatted: true}, nil
}

// Path returns the output path of a generated file of svc's package.
func Path(svc *ir.Service, name string) string {
	return svc.Go.TestPackage + "/zz_generated." + name + ".go"
}

// Type renders an IR Go type.
func Type(t ir.GoType) jen.Code {
	switch t.Kind {
	case ir.GoNamed:
		if t.Path == "" {
			return jen.Id(t.Name)
		}
		return jen.Qual(t.Path, t.Name)
	case ir.GoPointer:
		return jen.Op("*").Add(Type(*t.Elem))
	case ir.GoSlice:
		return jen.Index().Add(Type(*t.Elem))
	case ir.GoMap:
		return jen.Map(jen.String()).Add(Type(*t.Elem))
	default:
		return jen.Id(t.Name)
	}
}

// Operations returns the operations the pinned SDK has, in order.
func Operations(svc *ir.Service) []*ir.Operation {
	ops := make([]*ir.Operation, 0, len(svc.Operations))
	for _, op := range svc.Operations {
		if !op.Go.Skip {
			ops = append(ops, op)
		}
	}
	return ops
}
