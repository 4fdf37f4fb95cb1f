// Package sweep emits, per service, a Sweep function that finds what test
// runs left behind (Terraform's sweepers): for every fixture resource with a
// list operation that needs no input and answers identifiers, it lists them,
// keeps those named with the fixture prefix and, when asked, deletes them
// with the fixture's own delete function:
//
//	func Sweep(ctx context.Context, c *dynamodb.Client, opts ...sweep.Option) ([]sweep.Found, error)
package sweep

import (
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// FileName is the sweep file's name within the service package.
const FileName = "sweep"

const (
	runtimeSweep = "github.com/awsparity/awsparity/runtime/sweep"
	awsPkg       = "github.com/aws/aws-sdk-go-v2/aws"
)

// Emit returns the sweep file of in's service, or nothing when none of its
// fixture resources can be listed.
func Emit(in *emit.Input) ([]fileset.File, error) {
	svc, detected := in.Service, in.Resources
	var listed []jen.Code
	var swept, unswept, unnamed []string
	for i := range detected {
		r := &detected[i]
		if !named(r) {
			unnamed = append(unnamed, r.Name)
			continue
		}
		// A child's listing and delete need its parent, which a sweep of
		// the account does not know.
		l := FindLister(svc, r)
		if l == nil || len(r.Carried()) > 0 {
			unswept = append(unswept, r.Name)
			continue
		}
		swept = append(swept, r.Name+" ("+l.Op.Name+")")
		listed = append(listed, l.code(svc, r))
	}
	if len(listed) == 0 {
		return nil, nil
	}
	f := emit.NewFile(svc)
	f.ImportName(runtimeSweep, "sweep")
	doc := "Sweep lists the " + svc.SDKID + " resources that test runs left behind, those named with the " +
		"fixture prefix (sweep.DefaultPrefix unless sweep.Prefix), and deletes them only with sweep.Delete. " +
		"It refuses a client that would reach AWS unless TEST_TARGET=AWS_CLOUD and sweep.ConfirmAWS are both " +
		"given. A listing or delete that fails does not stop the others; the error names each." +
		"\n\nSwept: " + strings.Join(swept, ", ") + "."
	if len(unswept) > 0 {
		doc += "\n\nNot swept (no list operation without input that answers the identifier): " + strings.Join(unswept, ", ") + "."
	}
	if len(unnamed) > 0 {
		doc += "\n\nNot swept (the identifier is not a name the fixture chooses, so only the run tag could tell): " + strings.Join(unnamed, ", ") + "."
	}
	f.Add(emit.Doc(doc))
	body := append([]jen.Code{
		jen.List(jen.Id("sw"), jen.Err()).Op(":=").Qual(runtimeSweep, "Start").Call(
			jen.Lit(svc.SDKID), jen.Id("c").Dot("Options").Call().Dot("BaseEndpoint"), jen.Id("opts").Op("...")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
	}, listed...)
	body = append(body, jen.Return(jen.Id("sw").Dot("Done").Call()))
	f.Func().Id("Sweep").Params(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("c").Op("*").Qual(svc.Go.Package, "Client"),
		jen.Id("opts").Op("...").Qual(runtimeSweep, "Option"),
	).Params(jen.Index().Qual(runtimeSweep, "Found"), jen.Error()).Block(body...)
	file, err := emit.Render(f, emit.Path(svc, FileName))
	if err != nil {
		return nil, err
	}
	return []fileset.File{file}, nil
}

// named reports whether r's identifier carries the name its fixture
// chooses, the only mark a sweep can match by listing alone: an input
// identifier must be one of the name members; an output one must be a
// name, a URL or an ARN (a queue URL, a topic ARN end with the name), not
// an id the server makes up (ImageId).
func named(r *resources.Resource) bool {
	if len(r.NameMembers) == 0 {
		return false
	}
	last := r.Identifier.Members[len(r.Identifier.Members)-1]
	if r.Identifier.From == "output" {
		last = strings.ToLower(last)
		return strings.HasSuffix(last, "name") || strings.HasSuffix(last, "url") || strings.HasSuffix(last, "arn")
	}
	return len(r.Identifier.Members) == 1 && slices.Contains(r.NameMembers, last)
}

// Lister is how a resource's identifiers are listed: Op's output member
// List holds them, as strings or, when Field is set, in that string field
// of each element.
type Lister struct {
	Op    *ir.Operation
	List  *ir.Member
	Field *ir.Member
}

// FindLister returns r's list operation — List<Resources> or
// Describe<Resources>, needing no input — and where its output holds the
// identifier the delete call takes; nil when there is none.
func FindLister(svc *ir.Service, r *resources.Resource) *Lister {
	del := svc.Operation(r.Delete)
	if del == nil || del.Input == nil {
		return nil
	}
	idMember := r.DeleteMember
	if m := del.Input.MemberNamed(idMember); m == nil || m.Target.Kind != ir.KindString || m.Go.Type.Kind == ir.GoSlice {
		return nil // TerminateInstances' InstanceIds and the like
	}
	for _, verb := range []string{"List", "Describe"} {
		for _, plural := range plurals(r.Name) {
			op := svc.Operation(verb + plural)
			if op == nil || op.Go.Skip || op.Output == nil || !noInput(op) {
				continue
			}
			if l := findIDs(op, r, idMember); l != nil {
				return l
			}
		}
	}
	return nil
}

func plurals(noun string) []string {
	out := []string{noun + "s", noun + "es"}
	if base, ok := strings.CutSuffix(noun, "y"); ok {
		out = append(out, base+"ies")
	}
	return out
}

// noInput: a listing the sweeper can call with an empty input.
func noInput(op *ir.Operation) bool {
	if op.Input == nil {
		return true
	}
	for _, m := range op.Input.Members {
		if m.Required {
			return false
		}
	}
	return true
}

// findIDs finds the output list holding identifiers: a string list named
// after the identifier (QueueUrls for QueueUrl), or a structure list whose
// elements have the identifier member (Topics[].TopicArn) or, when the
// identifier is the resource's name, a Name member (S3 Buckets[].Name).
func findIDs(op *ir.Operation, r *resources.Resource, idMember string) *Lister {
	for _, m := range op.Output.Members {
		if m.Target.Kind != ir.KindList || m.Target.Member == nil {
			continue
		}
		el := m.Target.Member.Target
		switch el.Kind {
		case ir.KindString:
			if m.Name == idMember+"s" || m.Name == idMember+"List" {
				return &Lister{Op: op, List: m}
			}
		case ir.KindStructure:
			names := []string{idMember}
			if idMember == r.Name || idMember == r.Name+"Name" {
				names = append(names, "Name")
			}
			for _, n := range names {
				if f := el.MemberNamed(n); f != nil && f.Target.Kind == ir.KindString {
					return &Lister{Op: op, List: m, Field: f}
				}
			}
		}
	}
	return nil
}

// code lists r's identifiers page by page (or in one call without a
// paginator) and hands each to the sweeper.
func (l *Lister) code(svc *ir.Service, r *resources.Resource) jen.Code {
	sdk := svc.Go.Package
	in := jen.Op("&").Qual(sdk, l.Op.Go.InputType).Values()
	id := jen.Id("v")
	if l.Field != nil {
		id = id.Dot(l.Field.Go.FieldName)
		if l.Field.Go.Type.IsPointer() {
			id = jen.Qual(awsPkg, "ToString").Call(id)
		}
	} else if l.List.Go.Type.Elem.IsPointer() {
		id = jen.Qual(awsPkg, "ToString").Call(id)
	}
	consider := jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Id("page").Dot(l.List.Go.FieldName)).Block(
		jen.Id("sw").Dot("Consider").Call(jen.Id("ctx"), jen.Lit(r.Name), id, jen.Func().Params(
			jen.Id("ctx").Qual("context", "Context"), jen.Id("id").String()).Error().Block(
			jen.Return(fixtures.DeleteCall(r, nil)),
		)),
	)
	failed := jen.If(jen.Err().Op("!=").Nil()).Block(
		jen.Id("sw").Dot("ListFailed").Call(jen.Lit(r.Name), jen.Err()),
	)
	if !l.Op.Go.Paginated {
		return jen.Block(
			jen.List(jen.Id("page"), jen.Err()).Op(":=").Id("c").Dot(l.Op.Go.Method).Call(jen.Id("ctx"), in),
			failed.Else().Block(consider),
		)
	}
	return jen.Block(
		jen.Id("p").Op(":=").Qual(sdk, "New"+l.Op.Name+"Paginator").Call(jen.Id("c"), in),
		jen.For(jen.Id("p").Dot("HasMorePages").Call()).Block(
			jen.List(jen.Id("page"), jen.Err()).Op(":=").Id("p").Dot("NextPage").Call(jen.Id("ctx")),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				jen.Id("sw").Dot("ListFailed").Call(jen.Lit(r.Name), jen.Err()),
				jen.Break(),
			),
			consider,
		),
	)
}
