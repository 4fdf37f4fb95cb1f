package golden

import (
	"os"
	"path/filepath"
	"testing"
)

type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCompare(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir", "out.golden")
	t.Setenv("UPDATE_GOLDEN", "1")
	Compare(t, path, []byte("one\n"))
	if data, err := os.ReadFile(path); err != nil || string(data) != "one\n" {
		t.Fatalf("UPDATE_GOLDEN wrote %q, %v", data, err)
	}
	t.Setenv("UPDATE_GOLDEN", "")
	Compare(t, path, []byte("one\n"))
	r := &recorder{TB: t}
	Compare(r, path, []byte("two\n"))
	if !r.failed {
		t.Error("a different output passed the comparison")
	}
}
