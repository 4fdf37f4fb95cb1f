package adoption

import (
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkColdGenerate measures a user's first `go generate` with the
// README's lines: an empty build cache, the module cache already holding
// the SDK the user builds with (the generator's own dependencies come from
// the machine's module cache as a file proxy, extracted into a fresh one).
// It reports the README's `go get` line, the cold `go generate`, and the
// same `go generate` again with the build cache it left (the generator run
// alone: cold minus warm is building the generator).
//
//	go test -run '^$' -bench ColdGenerate -benchtime 1x ./internal/adoption
func BenchmarkColdGenerate(b *testing.B) {
	root := repoRoot(b)
	steps, version, err := installSteps(readFile(b, filepath.Join(root, "README.md")))
	if err != nil {
		b.Fatal(err)
	}
	proxy := b.TempDir()
	writeProxy(b, proxy, version, releasedProxyModules(b, root))
	gen := parseGoMod(b, filepath.Join(root, "go.mod"))
	u := newestUser(b, gen)
	var getS, coldS, coldCPU, warmS float64
	for b.Loop() {
		b.StopTimer()
		env := userEnv(b, proxy)
		dir := b.TempDir()
		newUserModule(b, dir, env, u)
		env = append(slices.Clip(env), "GOCACHE="+b.TempDir())
		b.StartTimer()
		for _, s := range steps {
			if s.run == "" {
				writeFile(b, filepath.Join(dir, filepath.FromSlash(s.file)), s.content)
				continue
			}
			wall, cpu := timed(b, dir, env, s.run)
			if s.run != "go generate ./..." {
				getS += wall
				continue
			}
			coldS, coldCPU = coldS+wall, coldCPU+cpu
			wall, _ = timed(b, dir, env, s.run)
			warmS += wall
		}
	}
	n := float64(b.N)
	b.ReportMetric(getS/n, "go-get-s")
	b.ReportMetric(coldS/n, "cold-generate-s")
	b.ReportMetric(coldCPU/n, "cold-generate-cpu-s")
	b.ReportMetric(warmS/n, "warm-generate-s")
}

// timed runs command line with sh -c and returns its wall time and the CPU
// time (user+system) of it and every process it waited for, in seconds.
func timed(b *testing.B, dir string, env []string, line string) (wall, cpu float64) {
	b.Helper()
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir, cmd.Env = dir, env
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%s: %v\n%s", line, err, out)
	}
	return time.Since(start).Seconds(), (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
}
