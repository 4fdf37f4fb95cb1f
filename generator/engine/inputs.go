package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/internal/parallel"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/generator/synth"
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
	// Fixtures create what they reference in another service through that
	// service's generated package, so only within one output module.
	if importPath != "" {
		sets := map[string][]resources.Resource{}
		packages := map[string]string{}
		for _, in := range inputs {
			sets[in.Service.SDKID] = in.Resources
			packages[in.Service.SDKID] = in.Service.Go.TestPackage
		}
		resources.Link(sets)
		for _, in := range inputs {
			in.Packages = packages
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
	// members that neither the recipe nor synthesis (generator/synth)
	// fills, so the caller must set them.
	RecipeMissing []string
	// Invalid lists what breaks the model's constraints in the input each
	// fixture sends when its caller passes no option (generator/synth.Check),
	// one entry per member and reason.
	Invalid []Invalid
	// Placeholders names the fixtures whose zero-option input holds a
	// made-up reference to another resource (a role ARN, a subnet id).
	Placeholders []string
}

// Invalid is one member of a fixture's zero-option input that breaks the
// model's constraints, and why.
type Invalid struct {
	Fixture, Member, Reason string
}

// checkInputs fills s.RecipeMissing, s.Invalid and s.Placeholders.
func (s *ServiceStats) checkInputs(svc *ir.Service) {
	for j := range s.Resources {
		r := &s.Resources[j]
		syn := r.Synthesized(svc)
		unset := map[string]bool{}
		for _, u := range syn.Unset {
			unset[u.Member.Name] = true
			s.Invalid = append(s.Invalid, Invalid{Fixture: r.Fixture(), Member: u.Member.Name, Reason: u.Reason})
		}
		if len(syn.Unset) > 0 {
			s.RecipeMissing = append(s.RecipeMissing, r.Fixture())
		}
		if len(syn.Placeholders) > 0 {
			s.Placeholders = append(s.Placeholders, r.Fixture())
		}
		violations, err := synth.Check(svc.Operation(r.Create), syn, r.Recipe)
		if err != nil {
			// Find has parsed the recipe already; this cannot be reached
			// with the inputs Inputs builds.
			s.Invalid = append(s.Invalid, Invalid{Fixture: r.Fixture(), Reason: err.Error()})
		}
		for _, v := range violations {
			if !unset[v.Path] {
				s.Invalid = append(s.Invalid, Invalid{Fixture: r.Fixture(), Member: v.Path, Reason: v.Reason})
			}
		}
	}
}

// InvalidFixtures returns how many fixtures have an invalid zero-option input.
func (s *ServiceStats) InvalidFixtures() int {
	n := 0
	for i, v := range s.Invalid {
		if i == 0 || v.Fixture != s.Invalid[i-1].Fixture {
			n++
		}
	}
	return n
}

// Stats summarizes the inputs, in order.
func Stats(inputs []*emit.Input) []ServiceStats {
	stats := make([]ServiceStats, len(inputs))
	for i, in := range inputs {
		svc := in.Service
		s := ServiceStats{SDKID: svc.SDKID, Package: svc.Go.PackageName, SDKVersion: svc.Go.SDKVersion,
			Operations: len(emit.Operations(svc)), Resources: in.Resources}
		s.checkInputs(svc)
		stats[i] = s
	}
	return stats
}

// Counts are the figures of one row of a resources table.
type Counts struct {
	// Found counts the resources, Kinds them by kind.
	Found int
	Kinds map[resources.Kind]int
	// Emitted counts the fixtures: the fixtures emitter writes one per
	// resource found (or fails the run).
	Emitted int
	// Ready counts the fixtures that work with no option: every required
	// member filled and the zero-option input within the model's
	// constraints. MadeUp counts those of them holding a made-up
	// reference to another resource (a role ARN, a subnet id).
	Ready, MadeUp int
}

// Counts returns s's row of a resources table.
func (s *ServiceStats) Counts() Counts {
	c := Counts{Found: len(s.Resources), Kinds: map[resources.Kind]int{}, Emitted: len(s.Resources)}
	for i := range s.Resources {
		c.Kinds[s.Resources[i].Kind()]++
	}
	bad := map[string]bool{}
	for _, v := range s.Invalid {
		bad[v.Fixture] = true
	}
	c.Ready = c.Found - len(bad)
	for _, f := range s.Placeholders {
		if !bad[f] {
			c.MadeUp++
		}
	}
	return c
}

// Add adds o's figures to c's.
func (c *Counts) Add(o Counts) {
	c.Found += o.Found
	c.Emitted += o.Emitted
	c.Ready += o.Ready
	c.MadeUp += o.MadeUp
	if c.Kinds == nil {
		c.Kinds = map[resources.Kind]int{}
	}
	for k, n := range o.Kinds {
		c.Kinds[k] += n
	}
}

// CountsHeader heads the Markdown table cells Cells writes.
const CountsHeader = "resources found | top-level | child | dependent | fixtures emitted | ready without options | of which made-up references"

// Cells writes c's figures as the Markdown table cells CountsHeader names,
// in bold for a total row.
func (c Counts) Cells(bold bool) string {
	cells := make([]string, 0, 7)
	for _, n := range []int{c.Found, c.Kinds[resources.TopLevel], c.Kinds[resources.Child], c.Kinds[resources.Dependent], c.Emitted, c.Ready, c.MadeUp} {
		if bold {
			cells = append(cells, fmt.Sprintf("**%d**", n))
		} else {
			cells = append(cells, strconv.Itoa(n))
		}
	}
	return strings.Join(cells, " | ")
}
