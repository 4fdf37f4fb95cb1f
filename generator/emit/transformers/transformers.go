// Package transformers emits, per service, the model-aware snapshot
// transformers that parity tests pass to runtime/snapshot:
//
//	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
//
// They key snapshots by the model's member names where the SDK's Go names
// differ (executionArn, not ExecutionArn), number the values of the
// service's resource identifiers, idempotency tokens and volatile members
// (<queue-url:1>, <client-token:1>, <receipt-handle:1>), name the members
// that hold ARNs and those the model marks sensitive (recorded as
// <sensitive>), say which protocol shapes the service's errors, and turn
// timestamp members into the timestamp scheme's placeholders, so a
// snapshot recorded in one run matches the next and holds no secret. The
// member lists come from Collect; the emitter only prints them.
package transformers

import (
	"github.com/dave/jennifer/jen"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// FileName is the transformer file's name within the service package.
const FileName = "transformers"

// Emit returns the transformer file of in's service. Every service gets
// one, even with nothing to transform, so every test skeleton compiles the
// same way.
func Emit(in *emit.Input) ([]fileset.File, error) {
	f, err := EmitMembers(in.Service, Collect(in.Service, in.Resources))
	if err != nil {
		return nil, err
	}
	return []fileset.File{f}, nil
}

// EmitMembers renders the transformers of the given members.
func EmitMembers(svc *ir.Service, m Members) (fileset.File, error) {
	groups := []struct {
		comment string
		fn      string
		names   []string
	}{
		{"Identifiers and unique names of the top-level resources.", "Identifiers", m.Identifiers},
		{"Members that hold ARNs; every ARN's resource name becomes <resource:N>.", "ARNs", m.ARNs},
		{"Idempotency tokens, which the SDK fills with random values.", "Identifiers", m.IdempotencyTokens},
		{"Values that change on every call: receipt handles, sequence numbers, iterators.", "Identifiers", m.Volatile},
		{"Timestamp members, also when an API returns one as an epoch number or a string.", "Timestamps", m.Timestamps},
	}
	var items []jen.Code
	if svc.Protocol != "" {
		items = append(items, emit.DocAt(2, "The wire protocol, which decides how an error is recorded.").Line().
			Qual(emit.RuntimeSnapshot, "Protocol").Call(jen.Lit(svc.Protocol)))
	}
	casing, rule := "AsGo", "as their Go names"
	if m.Names.LowerCamel {
		casing, rule = "LowerCamel", "in lower camel case (logGroupName for LogGroupName)"
	}
	if m.Names.LowerCamel || len(m.Names.Except) > 0 {
		items = append(items, emit.DocAt(2, "The model spells member names "+rule+", except these.").Line().
			Qual(emit.RuntimeSnapshot, "MemberNames").Call(jen.Lit(svc.Go.Package), jen.Qual(emit.RuntimeSnapshot, casing),
			typeNames(m.Names.Except)))
	}
	if len(m.Sensitive) > 0 {
		items = append(items, emit.DocAt(2, "Members the model marks sensitive: recorded as <sensitive>.").Line().
			Qual(emit.RuntimeSnapshot, "Sensitive").Call(jen.Lit(svc.Go.Package), typeNames(m.Sensitive)))
	}
	for _, g := range groups {
		if len(g.names) == 0 {
			continue
		}
		args := make([]jen.Code, len(g.names))
		for i, n := range g.names {
			args[i] = jen.Lit(n)
		}
		items = append(items, emit.DocAt(2, g.comment).Line().
			Qual(emit.RuntimeSnapshot, g.fn).Custom(jen.Options{Open: "(", Close: ")", Separator: ",", Multi: true}, args...))
	}
	f := emit.NewFile(svc)
	f.Add(emit.Doc("Transformers returns the snapshot transformers that " + svc.SDKID + "'s model calls for: " +
		"resource identifiers, idempotency tokens and volatile values become placeholders named after the member " +
		"and numbered by value (QueueUrl → <queue-url:1>), ARNs have their resource names numbered, sensitive " +
		"members are scrubbed, timestamps become the timestamp scheme's placeholders. " +
		"Pass them to snapshot.New with snapshot.WithTransformers; a test's own transformers go after them."))
	f.Func().Id("Transformers").Params().Index().Qual(emit.RuntimeSnapshot, "Transformer").Block(
		jen.Return(jen.Index().Qual(emit.RuntimeSnapshot, "Transformer").Custom(
			jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, items...)),
	)
	return emit.Render(f, emit.Path(svc, FileName))
}

// typeNames renders members by type as a map literal,
// map[string][]string{"types.Parameter": {"Value"}, …}.
func typeNames(tns []TypeNames) jen.Code {
	types := make([]jen.Code, len(tns))
	for i, tn := range tns {
		members := make([]jen.Code, len(tn.Members))
		for j, name := range tn.Members {
			members[j] = jen.Lit(name)
		}
		types[i] = jen.Lit(tn.Type).Op(":").Values(members...)
	}
	return jen.Map(jen.String()).Index().String().Custom(jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, types...)
}
