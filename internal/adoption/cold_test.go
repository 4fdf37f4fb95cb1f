package adoption

import (
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
	var getS, coldS, warmS float64
	for b.Loop() {
		b.StopTimer()
		env := userEnv(b, proxy)
		dir := b.TempDir()
		newUserModule(b, dir, env, u)
		env = append(slices.Clip(env), "GOCACHE="+b.TempDir())
		b.StartTimer()
		for _, s := range steps {
			start := time.Now()
			if s.run == "" {
				writeFile(b, filepath.Join(dir, filepath.FromSlash(s.file)), s.content)
				continue
			}
			run(b, dir, env, "sh", "-c", s.run)
			if s.run == "go generate ./..." {
				coldS += time.Since(start).Seconds()
				start = time.Now()
				run(b, dir, env, "sh", "-c", s.run)
				warmS += time.Since(start).Seconds()
			} else {
				getS += time.Since(start).Seconds()
			}
		}
	}
	n := float64(b.N)
	b.ReportMetric(getS/n, "go-get-s")
	b.ReportMetric(coldS/n, "cold-generate-s")
	b.ReportMetric(warmS/n, "warm-generate-s")
}
