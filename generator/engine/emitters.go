package engine

import (
	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/client"
	"github.com/awsparity/awsparity/generator/emit/fake"
	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/emit/skeletons"
	"github.com/awsparity/awsparity/generator/emit/stubs"
	"github.com/awsparity/awsparity/generator/emit/sweep"
	"github.com/awsparity/awsparity/generator/emit/transformers"
)

// DefaultEmitters are what a run emits unless Options.Emitters says
// otherwise: stubs, the client constructor, the lifecycle fake, fixtures, sweepers and transformers,
// then, unless noSkeletons, the user-owned skeletons rendered with tmpl
// (nil: the embedded templates).
func DefaultEmitters(tmpl *skeletons.Templates, noSkeletons bool) []emit.Emitter {
	out := []emit.Emitter{stubs.Emit, client.Emit, fake.Emit, fixtures.Emit, sweep.Emit, transformers.Emit}
	if !noSkeletons {
		out = append(out, skeletons.Emitter(tmpl))
	}
	return out
}
