package engine

import (
	"fmt"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/internal/parallel"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// Inputs builds every service's emitter input: the resources are found once,
// with the fixtures file ov, concurrently. svcs must have their Go names
// resolved; importPath is that of the output directory ("" outside a
// module). An entry of ov that does not resolve against its service's model
// is an error naming the entry.
func Inputs(svcs []*ir.Service, ov *resources.Overrides, importPath string) ([]*emit.Input, error) {
	file := ""
	if ov != nil {
		file = ov.File
	}
	inputs := make([]*emit.Input, len(svcs))
	errs := make([]error, len(svcs))
	parallel.Each(len(svcs), func(i int) {
		found, err := resources.Find(svcs[i], ov)
		inputs[i], errs[i] = &emit.Input{Service: svcs[i], Resources: found, FixturesFile: file, ImportPath: importPath}, err
	})
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s (%s): %w", svcs[i].SDKID, svcs[i].Source, err)
		}
	}
	return inputs, nil
}

// ServiceStats is what generation yields for one service: the -v detect
// line sums them and `gen services` tabulates them in docs/services.md.
type ServiceStats struct {
	SDKID   string
	Package string
	// SDKVersion is the pinned SDK module version the names were checked
	// against; empty when they are predicted from the model alone.
	SDKVersion string
	// Operations the stubs have: the model's operations the SDK has.
	Operations int
	// Resources are the resources found; each gets a fixture.
	Resources []resources.Resource
	// RecipeMissing names the fixtures whose create input has required
	// members that neither a unique name nor a recipe fills, so the caller
	// must set them.
	RecipeMissing []string
}

// Stats summarizes the inputs, in order.
func Stats(inputs []*emit.Input) []ServiceStats {
	stats := make([]ServiceStats, len(inputs))
	for i, in := range inputs {
		svc := in.Service
		s := ServiceStats{SDKID: svc.SDKID, Package: svc.Go.PackageName, SDKVersion: svc.Go.SDKVersion,
			Operations: len(emit.Operations(svc)), Resources: in.Resources}
		for j := range s.Resources {
			if r := &s.Resources[j]; len(r.Unset(svc)) > 0 {
				s.RecipeMissing = append(s.RecipeMissing, r.Fixture())
			}
		}
		stats[i] = s
	}
	return stats
}
