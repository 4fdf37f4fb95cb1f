// Package scale proves that generation scales to every AWS service: it
// locates the shared Smithy models for benchmarks and, opt-in, generates
// code for many services into a temporary module and compiles it against
// the real SDK service modules (see scale_test.go).
package scale

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/internal/testenv"
)

// EnvModels overrides where the shared Smithy models are.
const EnvModels = "AWSPARITY_SHARED_MODELS"

// ModelsDir returns the shared Smithy models folder (env
// AWSPARITY_SHARED_MODELS, else ../shared/models/smithy beside the
// repository) or skips the test, failing it under CI=true: the models are
// never copied into the repo.
func ModelsDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv(EnvModels)
	if dir == "" {
		dir = filepath.Join(RepoRoot(tb), "..", "shared", "models", "smithy")
	}
	if _, err := os.Stat(dir); err != nil {
		testenv.Missing(tb, "shared Smithy models not found at %s (set %s): %v", dir, EnvModels, err)
	}
	return dir
}

// RepoRoot returns the awsparity checkout the test runs in: the nearest
// directory at or above the working directory (a test's package directory)
// whose go.mod declares awsparity's module. It is found from the working
// directory rather than from source file names so that -trimpath works.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && modfile.ModulePath(data) == Module {
			return d
		}
		if filepath.Dir(d) == d {
			tb.Fatalf("no go.mod of %s at or above %s", Module, dir)
		}
	}
}

// Module is awsparity's module path.
const Module = "github.com/awsparity/awsparity"
