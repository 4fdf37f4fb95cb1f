package adoption

import (
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkColdGenerate measures a user's first `go generate` with the
// README's lines, 2 cores being what CI has:
//   - cold: an empty build cache (the standard library too);
//   - after-build: a fresh build cache that `go build ./...` of the user's
//     own SDK code has filled, as on a developer's machine;
//   - warm: the same `go generate` again (the generator run alone).
//
// The module cache already holds the SDK the user builds with; the
// generator's own dependencies come from the machine's module cache as a
// file proxy, extracted into a fresh module cache each time.
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
	u := newestUser(b, parseGoMod(b, filepath.Join(root, "go.mod")))
	var get, cold, coldCPU, afterBuild, afterBuildCPU, warm float64
	for b.Loop() {
		r := install(b, proxy, u, steps, false)
		get, cold, coldCPU, warm = get+r.get, cold+r.generate, coldCPU+r.generateCPU, warm+r.again
		r = install(b, proxy, u, steps, true)
		afterBuild, afterBuildCPU = afterBuild+r.generate, afterBuildCPU+r.generateCPU
	}
	n := float64(b.N)
	b.ReportMetric(get/n, "go-get-s")
	b.ReportMetric(cold/n, "cold-generate-s")
	b.ReportMetric(coldCPU/n, "cold-generate-cpu-s")
	b.ReportMetric(afterBuild/n, "after-build-generate-s")
	b.ReportMetric(afterBuildCPU/n, "after-build-generate-cpu-s")
	b.ReportMetric(warm/n, "warm-generate-s")
}

type installTimes struct{ get, generate, generateCPU, again float64 }

// install runs the README's steps in a fresh user module with a fresh
// build cache, timing them; with prebuild the user's code is built first.
func install(b *testing.B, proxy string, u userModule, steps []step, prebuild bool) installTimes {
	b.Helper()
	b.StopTimer()
	env := userEnv(b, proxy)
	dir := b.TempDir()
	newUserModule(b, dir, env, u)
	env = append(slices.Clip(env), "GOCACHE="+b.TempDir())
	if prebuild {
		run(b, dir, env, "go", "build", "./...")
	}
	b.StartTimer()
	var r installTimes
	for _, s := range steps {
		if s.run == "" {
			writeFile(b, filepath.Join(dir, filepath.FromSlash(s.file)), s.content)
			continue
		}
		wall, cpu := timed(b, dir, env, s.run)
		if s.run != "go generate ./..." {
			r.get += wall
			continue
		}
		r.generate, r.generateCPU = wall, cpu
		r.again, _ = timed(b, dir, env, s.run)
	}
	return r
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
