package modelfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
)

// BenchmarkScan pre-scans every shared Smithy model (132 MB of JSON).
func BenchmarkScan(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(loadtest.SmithyDir(b), "*.json.gz"))
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]byte
	size := 0
	for _, p := range paths {
		data, err := ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		size += len(data)
	}
	if len(docs) == 0 {
		b.Fatalf("no models in %s", os.Getenv("AWSPARITY_SHARED_MODELS"))
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, d := range docs {
			if _, err := Scan(paths[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
