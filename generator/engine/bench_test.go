package engine_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/internal/scale"
)

// BenchmarkGenerateAll generates every shared Smithy model into a fresh
// directory per iteration.
func BenchmarkGenerateAll(b *testing.B) {
	benchGenerate(b, []string{"all"})
}

func benchGenerate(b *testing.B, services []string) {
	models, root := scale.ModelsDir(b), scale.RepoRoot(b)
	out := b.TempDir()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		opts := engine.Options{Models: []string{models}, Services: services, Out: filepath.Join(out, fmt.Sprint(i)), ModuleDir: root}
		if _, err := engine.Run(opts); err != nil {
			b.Fatal(err)
		}
	}
}
