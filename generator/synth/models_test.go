package synth_test

import (
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/generator/synth"
	"github.com/awsparity/awsparity/internal/scale"
)

// TestZeroOptionInputsMeetTheModel: the input every fixture sends when its
// caller passes no option (recipe, unique names, synthesized members),
// built at generation time, meets the model's constraints for at least
// 95 % of the fixtures over the 402 Smithy models and over the embedded
// default models; the rest are listed by member and reason (as in
// docs/services.md). Every input is also broken on purpose, to prove the
// check sees it.
func TestZeroOptionInputsMeetTheModel(t *testing.T) {
	root := scale.RepoRoot(t)
	t.Run("402 Smithy models", func(t *testing.T) {
		checkZeroInputs(t, engine.Options{Models: []string{scale.ModelsDir(t)}, Services: []string{"all"}, ModuleDir: root}, 402, 800)
	})
	t.Run("embedded default models", func(t *testing.T) {
		checkZeroInputs(t, engine.Options{ModuleDir: root}, 25, 100)
	})
}

func checkZeroInputs(t *testing.T, opts engine.Options, minServices, minFixtures int) {
	svcs, _, err := engine.Load(opts)
	if err != nil {
		t.Fatal(err)
	}
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := engine.Inputs(svcs, ov, "")
	if err != nil {
		t.Fatal(err)
	}
	stats := engine.Stats(inputs)
	fixtures, invalid, broken := 0, 0, 0
	var lines []string
	for i, s := range stats {
		fixtures += len(s.Resources)
		invalid += s.InvalidFixtures()
		for _, v := range s.Invalid {
			lines = append(lines, s.SDKID+" "+v.Fixture+" "+v.Member+": "+v.Reason)
		}
		broken += breakInputs(t, svcs[i], &s)
	}
	if len(svcs) < minServices || fixtures < minFixtures {
		t.Fatalf("%d services, %d fixtures; want at least %d and %d", len(svcs), fixtures, minServices, minFixtures)
	}
	rate := float64(fixtures-invalid) / float64(fixtures)
	t.Logf("%d services: %d of %d fixtures (%.1f %%) send a valid zero-option input; %d broken inputs all caught",
		len(svcs), fixtures-invalid, fixtures, 100*rate, broken)
	if len(lines) > 0 {
		t.Logf("invalid:\n%s", strings.Join(lines, "\n"))
	}
	if rate < 0.95 {
		t.Errorf("%.1f %% of zero-option inputs are valid, want at least 95 %%", 100*rate)
	}
}

// breakInputs removes each required member from each valid zero-option
// input of s's fixtures, and makes each string member one character too
// long, and fails the test if the check misses one; it returns how many
// inputs it broke.
func breakInputs(t *testing.T, svc *ir.Service, s *engine.ServiceStats) int {
	t.Helper()
	bad := map[string]bool{}
	for _, v := range s.Invalid {
		bad[v.Fixture] = true
	}
	n := 0
	for _, r := range s.Resources {
		if bad[r.Fixture()] {
			continue
		}
		op := svc.Operation(r.Create)
		zero, err := synth.Zero(op, r.Synthesized(svc), r.Recipe)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range op.Input.Members {
			v, set := zero[m.Name]
			if !set {
				continue
			}
			var want string
			switch lim := m.Limits(); {
			case constraints.Required(m):
				delete(zero, m.Name)
				want = "required member not set"
			case m.Target.Kind == ir.KindString && lim.MaxLength != nil && *lim.MaxLength < 5000:
				zero[m.Name] = strings.Repeat("a", int(*lim.MaxLength)+1)
				want = "more than the maximum"
			default:
				continue
			}
			n++
			found := false
			for _, viol := range constraints.Check(op.Input, zero) {
				found = found || viol.Path == m.Name && strings.Contains(viol.Reason, want)
			}
			if !found {
				t.Errorf("%s %s: %s broken (%s) but the check does not say so", svc.SDKID, r.Fixture(), m.Name, want)
			}
			zero[m.Name] = v
		}
	}
	return n
}
