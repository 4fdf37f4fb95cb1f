package engine

import (
	"fmt"
	"io"
	"time"

	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
)

// Phase is one timed step of a run: load, sdk types, detect, emit, format,
// write (or check), or cache when a no-op run was recognised.
type Phase struct {
	Name     string
	Duration time.Duration
	// Detail says what the phase covered ("402 services, 13,018 operations").
	Detail string
	// Overlapped phases ran during another phase and are not part of the
	// total.
	Overlapped bool
}

// timer appends phases to a result as they end.
type timer struct {
	res   *Result
	prog  *progress
	start time.Time
}

// begin starts phase name; total > 0 makes the progress line count steps.
func (t *timer) begin(name string, total int) {
	t.start = time.Now()
	t.prog.Phase(name, total)
}

// end records the phase begun last.
func (t *timer) end(name, detail string) {
	t.res.Phases = append(t.res.Phases, Phase{Name: name, Duration: time.Since(t.start), Detail: detail})
}

// WriteTimings prints the phases, their total, and the process's peak
// resident memory as an aligned table.
func (r *Result) WriteTimings(w io.Writer) error {
	var total time.Duration
	for _, p := range r.Phases {
		if !p.Overlapped {
			total += p.Duration
		}
		fmt.Fprintf(w, "%-9s %8.3fs  %s\n", p.Name, p.Duration.Seconds(), p.Detail)
	}
	fmt.Fprintf(w, "%-9s %8.3fs\n", "total", total.Seconds())
	if r.PeakRSS <= 0 {
		_, err := fmt.Fprintf(w, "%-9s %9s\n", "peak RSS", "unknown")
		return err
	}
	_, err := fmt.Fprintf(w, "%-9s %6d MiB\n", "peak RSS", r.PeakRSS>>20)
	return err
}

func loadDetail(svcs []*ir.Service) string {
	ops, shapes := 0, 0
	for _, s := range svcs {
		ops += len(s.Operations)
		shapes += len(s.Shapes)
	}
	return fmt.Sprintf("%d services, %d operations, %d shapes", len(svcs), ops, shapes)
}

func resolveDetail(r *golang.Report) string {
	read := 0
	for _, s := range r.Services {
		if s.SDKVersion != "" {
			read++
		}
	}
	return fmt.Sprintf("%d SDK packages read, %d services named by prediction only", read, len(r.Services)-read)
}

func detectDetail(stats []ServiceStats) string {
	found, missing := 0, 0
	for _, s := range stats {
		found += len(s.Resources)
		missing += len(s.RecipeMissing)
	}
	return fmt.Sprintf("%d top-level resources (one fixture each), %d fixtures lack a recipe", found, missing)
}
