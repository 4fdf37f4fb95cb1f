package engine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/internal/scale"
)

// The benchmarks write into fresh directories and bypass the no-op cache
// (except BenchmarkGenerateNoop, which measures it), so every iteration
// does the whole work. Names are checked against the SDK modules this
// repository pins; the parsed SDK sources come from the user cache after
// the first run, as they do for users. Peak RSS is the process's
// high-water mark, reset when each benchmark starts (see resetPeakRSS);
// cpu-s/op is the process's CPU time per iteration (see reportCPU).

// BenchmarkGenerateAll generates every shared Smithy model (402 services).
func BenchmarkGenerateAll(b *testing.B) {
	models := scale.ModelsDir(b)
	bench(b, engine.Options{Models: []string{models}, Services: []string{"all"}})
}

// BenchmarkRegenerateAll generates every shared Smithy model into the tree
// an earlier run left, as a regeneration after a model or generator change
// does: the skeletons there are the user's and are not rendered again.
func BenchmarkRegenerateAll(b *testing.B) {
	models := scale.ModelsDir(b)
	bench(b, engine.Options{Models: []string{models}, Services: []string{"all"}, Out: filepath.Join(userModule(b), "out")})
}

// BenchmarkGenerateOne generates one service from its own model file.
func BenchmarkGenerateOne(b *testing.B) {
	models := scale.ModelsDir(b)
	bench(b, engine.Options{Models: []string{filepath.Join(models, "sqs.json.gz")}})
}

// BenchmarkGenerateDefault generates the embedded default models (25
// services), what `go run ./cmd/gen` does for this repository's gen/.
func BenchmarkGenerateDefault(b *testing.B) {
	bench(b, engine.Options{})
}

// BenchmarkGenerateNoop regenerates all 402 services into a directory that
// is already current: the no-op cache answers.
func BenchmarkGenerateNoop(b *testing.B) {
	opts := engine.Options{Models: []string{scale.ModelsDir(b)}, Services: []string{"all"},
		Out: filepath.Join(userModule(b), "out"), ModuleDir: scale.RepoRoot(b), CacheDir: b.TempDir()}
	if _, err := engine.Run(opts); err != nil {
		b.Fatal(err)
	}
	reset := resetPeakRSS()
	var res *engine.Result
	cpu := cpuTime()
	for b.Loop() {
		var err error
		if res, err = engine.Run(opts); err != nil {
			b.Fatal(err)
		}
		if !res.Cached {
			b.Fatalf("no-op run missed the cache: %s", res.Phases[0].Detail)
		}
	}
	reportCPU(b, cpu)
	reportPeakRSS(b, reset, res)
}

// reportCPU reports the process CPU time (user and system, all threads)
// per iteration since start: unlike ns/op, it hardly grows when other work
// shares the machine's cores.
func reportCPU(b *testing.B, start time.Duration) {
	b.Helper()
	if start > 0 {
		b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
	}
}

// bench runs opts without the no-op cache: into a fresh directory each
// time, or, when opts.Out is set, into that one, first filled untimed.
func bench(b *testing.B, opts engine.Options) {
	b.Helper()
	opts.ModuleDir, opts.NoCache = scale.RepoRoot(b), true
	fresh := opts.Out == ""
	out := userModule(b)
	if !fresh {
		if _, err := engine.Run(opts); err != nil {
			b.Fatal(err)
		}
	}
	reset := resetPeakRSS()
	var res *engine.Result
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		if fresh {
			opts.Out = filepath.Join(out, fmt.Sprint(i))
		}
		var err error
		if res, err = engine.Run(opts); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(res.Services), "services")
	b.ReportMetric(float64(res.Files), "files")
	reportPeakRSS(b, reset, res)
	for _, p := range res.Phases {
		b.ReportMetric(p.Duration.Seconds(), strings.ReplaceAll(p.Name, " ", "_")+"-s")
	}
}

// userModule returns a directory inside a new module, as users generate
// into: skeletons are only emitted where their import path is known.
func userModule(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/user\n\ngo 1.24\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// resetPeakRSS returns freed memory to the OS and restarts the process's
// peak RSS from its current size (Linux's /proc/self/clear_refs), so that
// a benchmark run after another in the same process reports its own peak,
// not the other's. It reports whether the reset was possible.
func resetPeakRSS() bool {
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// reportPeakRSS reports res's peak RSS when it is the benchmark's own,
// that is when resetPeakRSS could reset the high-water mark.
func reportPeakRSS(b *testing.B, reset bool, res *engine.Result) {
	b.Helper()
	if reset {
		b.ReportMetric(float64(res.PeakRSS>>20), "peakRSS-MiB")
	}
}
