package golang

import (
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
)

// phases records what Resolve reports.
type phases struct {
	names []string
	steps int
}

func (p *phases) Phase(name string, total int) { p.names = append(p.names, name) }
func (p *phases) Step()                        { p.steps++ }

// TestResolveReportsProgress: the module lookup and the SDK source reads,
// the slow parts on a cold cache, are named, and each service counted.
func TestResolveReportsProgress(t *testing.T) {
	sqs, other := newModel("SQS"), newModel("Not A Real Service")
	sqs.svc.Index()
	other.svc.Index()
	var p phases
	if _, err := Resolve([]*ir.Service{sqs.svc, other.svc}, Options{ModuleDir: repoRoot(t), CacheDir: t.TempDir(), Progress: &p}); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.names, func(n string) bool { return strings.Contains(n, "go list -m") }) ||
		!slices.Contains(p.names, "sdk types: reading SDK source") || p.steps != 2 {
		t.Errorf("phases %q, %d steps; want the module lookup, the source reads and 2 steps", p.names, p.steps)
	}
}
