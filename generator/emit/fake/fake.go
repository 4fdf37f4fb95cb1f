// Package fake emits, per service, a lifecycle fake: NewFake returns a
// Server that keeps the service's resources in memory. For every resource
// the fixtures know it creates (after checking the input against the
// model's constraints), reads, updates, lists page by page, tags and
// deletes, answering the model's own errors for a missing resource or an
// invalid input. Every other operation stays UnimplementedServer's
// NotImplemented, and a method of a type embedding *Fake wins over the
// generated one.
//
// The generated code is the typed part: one method per operation and the
// resource descriptions as data; runtime/fakestore does the work.
package fake

import (
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// FileName is the fake's file name within the service package; the
// lifecycle test is FileName + "_test".
const FileName = "fake"

const ctxPkg = "context"

// Emit returns the fake of in's service and its lifecycle test.
func Emit(in *emit.Input) ([]fileset.File, error) {
	svc := in.Service
	p := newPlan(svc, in.Resources)
	f := emit.NewFile(svc)
	fs := emit.RuntimeFakestore
	title := svc.SDKID

	f.Add(emit.Doc("Fake is an in-memory " + title + " for in-process tests: it creates, reads, updates, " +
		"lists, tags and deletes the resources the fixtures know, checking inputs against the model's " +
		"constraints and answering the model's errors, and answers NotImplemented to everything else. " +
		"To change or add behaviour, embed *Fake and define the operation's method: the embedding type's " +
		"method wins."))
	f.Type().Id("Fake").Struct(
		jen.Id("UnimplementedServer"),
		jen.Id("store").Op("*").Qual(fs, "Store"),
	)
	f.Line()
	f.Add(emit.Doc("NewFake returns an empty Fake. Each one has its own state, safe for concurrent calls."))
	f.Func().Id("NewFake").Params().Op("*").Id("Fake").Block(
		jen.Return(jen.Op("&").Id("Fake").Values(jen.Dict{jen.Id("store"): jen.Qual(fs, "New").Call(jen.Lit(title))})),
	)
	f.Line()
	f.Var().Id("_").Id("Server").Op("=").Parens(jen.Op("*").Id("Fake")).Parens(jen.Nil())
	f.Line()

	for _, e := range sortedErrors(p.errs) {
		errorFunc(f, svc, e)
	}
	for _, k := range p.kinds {
		kindVar(f, k)
	}
	for _, k := range p.kinds {
		one := emit.Article(title+" "+k.res.Name) + " " + title + " " + k.res.Name
		method(f, svc, k.create, "Create", jen.Dict{
			jen.Id("Kind"):    jen.Id(kindName(k)),
			jen.Id("Rules"):   rules(k.create.Input),
			jen.Id("Invalid"): invalidRef(svc, k),
			jen.Id("States"):  stateList(k.create.Output),
		}, "creates "+one+" in the fake's memory, after checking the input against the model.")
		for _, r := range k.reads {
			method(f, svc, r.op, "Read", jen.Dict{
				jen.Id("Kind"):     jen.Id(kindName(k)),
				jen.Id("Field"):    jen.Lit(r.field.Go.FieldName),
				jen.Id("States"):   stateList(r.op.Output),
				jen.Id("NotFound"): errRef(r.notFound),
			}, "reads "+one+" from the fake's memory.")
		}
		for _, u := range k.updates {
			method(f, svc, u.op, "Update", jen.Dict{
				jen.Id("Kind"):    jen.Id(kindName(k)),
				jen.Id("Field"):   jen.Lit(u.field.Go.FieldName),
				jen.Id("Rules"):   rules(u.op.Input),
				jen.Id("Invalid"): invalidRef(svc, k),
				jen.Id("States"):  stateList(u.op.Output),
			}, "updates "+one+" in the fake's memory: the members set replace the stored ones.")
		}
		for _, c := range k.children {
			method(f, svc, c.op, "Children", jen.Dict{
				jen.Id("Kind"):  jen.Id(kindName(k)),
				jen.Id("Field"): jen.Lit(c.field.Go.FieldName),
			}, "lists what "+one+" holds: nothing, as the fake keeps nothing inside it.")
		}
		if l := k.list; l != nil {
			d := listDict(k, l)
			if c := l.within; c != nil {
				d[jen.Id("Within")] = jen.Op("&").Qual(fs, "Within").Values(withinDict(c))
			}
			method(f, svc, l.op, "List", d, "lists the "+title+" "+k.res.Name+" resources in the fake's memory, page by page.")
		}
		for _, l := range k.contents {
			c := l.within
			d := listDict(c.of, l)
			d[jen.Id("Within")] = jen.Op("&").Qual(fs, "Within").Values(withinDict(c))
			method(f, svc, l.op, "List", d, "lists the "+title+" "+c.of.res.Name+" resources of "+one+" in the fake's memory, page by page.")
		}
		method(f, svc, k.delete, "Delete", jen.Dict{
			jen.Id("Kind"):  jen.Id(kindName(k)),
			jen.Id("Field"): jen.Lit(k.deleteBy),
		}, "deletes "+one+" from the fake's memory.")
		with(f, title, k)
	}
	if len(p.tagging) > 0 {
		kinds := make([]jen.Code, 0, len(p.kinds))
		for _, k := range p.kinds {
			kinds = append(kinds, jen.Id(kindName(k)))
		}
		f.Comment("fakeKinds are the kinds tag operations look a resource up among.")
		f.Var().Id("fakeKinds").Op("=").Index().Op("*").Qual(fs, "Kind").Values(kinds...)
		f.Line()
	}
	for _, t := range p.tagging {
		d := jen.Dict{
			jen.Id("Kinds"):    jen.Id("fakeKinds"),
			jen.Id("Resource"): jen.Lit(t.resource),
		}
		setLits(d, "Tags", t.tags, "Keys", t.keys)
		what := map[string]string{"Tag": "tags", "Untag": "untags", "ListTags": "lists the tags of"}[t.verb]
		method(f, svc, t.op, t.verb, jen.Dict{jen.Id("Tagging"): jen.Qual(fs, "Tagging").Values(d)},
			what+" "+emit.Article(title+" resource")+" "+title+" resource in the fake's memory.")
	}

	file, err := emit.Render(f, emit.Path(svc, FileName))
	if err != nil {
		return nil, err
	}
	test, err := lifecycleTest(svc, p)
	if err != nil {
		return nil, err
	}
	if test == nil {
		return []fileset.File{file}, nil
	}
	return []fileset.File{file, *test}, nil
}

// setLits sets the fields named by pairs (name, value, …) whose value is
// not empty: fakestore reads "" as unset.
func setLits(d jen.Dict, pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			d[jen.Id(pairs[i])] = jen.Lit(pairs[i+1])
		}
	}
}

func kindName(k *kind) string { return "fakeKind" + k.res.Name }

// listDict is the fakestore.List of l, listing resources of kind k.
func listDict(k *kind, l *listOp) jen.Dict {
	d := jen.Dict{jen.Id("Kind"): jen.Id(kindName(k)), jen.Id("Items"): jen.Lit(l.items)}
	setLits(d, "InputToken", l.inToken, "OutputToken", l.outToken, "PageSize", l.size, "Prefix", l.prefix)
	return d
}

func withinDict(c *contents) jen.Dict {
	d := jen.Dict{jen.Id("Kind"): jen.Id(kindName(c.in)), jen.Id("Field"): jen.Lit(c.field)}
	setLits(d, "By", c.by)
	return d
}

// method emits the Fake's method for op, documented "<Method> <doc>", and
// the fakestore operation value it runs.
func method(f *jen.File, svc *ir.Service, op *ir.Operation, opType string, d jen.Dict, doc string) {
	sdk := svc.Go.Package
	v := "fake" + op.Go.Method
	for key, val := range d {
		if val == nil {
			delete(d, key)
		}
	}
	f.Var().Id(v).Op("=").Op("&").Qual(emit.RuntimeFakestore, opType).Values(d)
	f.Line()
	f.Add(emit.Doc(op.Go.Method + " " + doc))
	f.Func().Params(jen.Id("f").Op("*").Id("Fake")).Id(op.Go.Method).Params(
		jen.Id("ctx").Qual(ctxPkg, "Context"), jen.Id("in").Op("*").Qual(sdk, op.Go.InputType),
	).Params(jen.Op("*").Qual(sdk, op.Go.OutputType), jen.Error()).Block(
		jen.Return(jen.Qual(emit.RuntimeFakestore, "Do").Types(jen.Qual(sdk, op.Go.OutputType)).Call(
			jen.Id("ctx"), jen.Id("f").Dot("store"), jen.Id(v), jen.Id("in"))),
	)
	f.Line()
}

// with emits With<Kind>, the hook a hand-written refinement keeps its own
// state for a resource by (fakestore.Resource.Data).
func with(f *jen.File, title string, k *kind) {
	fs := emit.RuntimeFakestore
	name := "With" + k.res.Name
	f.Add(emit.Doc(name + " runs fn on the live " + title + " " + k.res.Name + " that key names (its " +
		"identifier, ARN or name), for methods that refine the fake: what fn sets in the resource's Data " +
		"stays with it until it is deleted. A missing one answers the not-found error without calling fn. " +
		"fn runs holding the fake's lock and must not call the fake's methods."))
	fn := jen.Func().Params(jen.Op("*").Qual(fs, "Resource")).Error()
	f.Func().Params(jen.Id("f").Op("*").Id("Fake")).Id(name).Params(jen.Id("key").String(), jen.Id("fn").Add(fn)).Error().Block(
		jen.Return(jen.Id("f").Dot("store").Dot("With").Call(jen.Id(kindName(k)), jen.Id("key"), jen.Id("fn"))),
	)
	f.Line()
}

func kindVar(f *jen.File, k *kind) {
	fs := emit.RuntimeFakestore
	path := make([]jen.Code, 0, len(k.idPath))
	for _, seg := range k.idPath {
		path = append(path, jen.Lit(seg))
	}
	id := jen.Dict{jen.Id("Path"): jen.Index().String().Values(path...)}
	if k.res.Identifier.From == "input" {
		id[jen.Id("FromInput")] = jen.True()
	} else {
		id[jen.Id("Template")] = jen.Lit(k.idTpl)
	}
	d := jen.Dict{
		jen.Id("Name"): jen.Lit(k.res.Name),
		jen.Id("ID"):   jen.Qual(fs, "ID").Values(id),
	}
	setLits(d, "NameField", k.nameFld, "ARN", k.arn, "Tags", k.tags)
	switch {
	case k.notFound != nil:
		d[jen.Id("NotFound")] = errRef(k.notFound)
	case k.notCode != "":
		d[jen.Id("NotFound")] = jen.Qual(fs, "Coded").Call(jen.Lit(k.notCode))
	}
	if k.exists != nil {
		d[jen.Id("Exists")] = errRef(k.exists)
	}
	if k.inUse != nil {
		d[jen.Id("InUse")] = errRef(k.inUse)
	}
	if k.parent != nil {
		d[jen.Id("Parent")] = jen.Op("&").Qual(fs, "Parent").Values(jen.Dict{
			jen.Id("Kind"): jen.Id(kindName(k.parent)), jen.Id("Field"): jen.Lit(k.parentField),
		})
	}
	f.Var().Id(kindName(k)).Op("=").Op("&").Qual(fs, "Kind").Values(d)
	f.Line()
}

func stateList(sh *ir.Shape) jen.Code {
	st := states(sh)
	if len(st) == 0 {
		return nil
	}
	return jen.Index().Qual(emit.RuntimeFakestore, "State").Values(st...)
}

// invalidRef is the error a broken constraint answers: the modelled
// validation error, else the code AWS uses for it, ValidationError for the
// query protocols (fakestore's default, ValidationException, elsewhere).
func invalidRef(svc *ir.Service, k *kind) jen.Code {
	switch {
	case k.invalid != nil:
		return errRef(k.invalid)
	case svc.Protocol == "awsQuery" || svc.Protocol == "ec2Query":
		return jen.Qual(emit.RuntimeFakestore, "Coded").Call(jen.Lit("ValidationError"))
	}
	return nil
}

func errName(e *ir.Shape) string { return "fakeErr" + e.Go.TypeName }

func errRef(e *ir.Shape) jen.Code {
	if e == nil {
		return nil
	}
	return jen.Id(errName(e))
}

// errorFunc emits the constructor of one modelled error, with the message
// in its message member when it has one.
func errorFunc(f *jen.File, svc *ir.Service, e *ir.Shape) {
	d := jen.Dict{}
	for _, m := range e.Members {
		if strings.EqualFold(m.Name, "message") && !m.Go.Skip && m.Go.Type.String() == "*string" {
			d[jen.Id(m.Go.FieldName)] = jen.Op("&").Id("msg")
		}
	}
	f.Func().Id(errName(e)).Params(jen.Id("msg").String()).Error().Block(
		jen.Return(jen.Op("&").Qual(svc.Go.TypesPackage, e.Go.TypeName).Values(d)),
	)
	f.Line()
}

func sortedErrors(m map[string]*ir.Shape) []*ir.Shape {
	out := make([]*ir.Shape, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *ir.Shape) int { return strings.Compare(a.ID, b.ID) })
	return out
}
