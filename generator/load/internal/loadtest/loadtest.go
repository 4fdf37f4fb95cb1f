// Package loadtest holds test helpers shared by the loader packages: where
// the real models live, and the invariants every loaded service must hold.
package loadtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/internal/testenv"
)

// SmithyDir returns the shared Smithy models folder (env
// AWSPARITY_SHARED_MODELS, else ../shared/models/smithy beside the repo)
// or skips the test (fails it under CI=true).
func SmithyDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("AWSPARITY_SHARED_MODELS")
	if dir == "" {
		_, here, _, _ := runtime.Caller(0)
		// here is <repo>/generator/load/internal/loadtest/loadtest.go.
		repo := filepath.Join(filepath.Dir(here), "..", "..", "..", "..")
		dir = filepath.Join(repo, "..", "shared", "models", "smithy")
	}
	if _, err := os.Stat(dir); err != nil {
		testenv.Missing(t, "shared Smithy models not found at %s (set AWSPARITY_SHARED_MODELS): %v", dir, err)
	}
	return dir
}

// BotocoreDir returns the data directory of the installed botocore or skips
// the test (fails it under CI=true).
func BotocoreDir(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__))").Output()
	if err != nil {
		testenv.Missing(t, "botocore models unavailable (python3 with botocore not installed): %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "data")
}

// CheckResolved fails the test when a loaded service breaks the loaders'
// contract: every member has a target that is one of the service's shapes,
// lists and maps have their elements, operations are indexed.
func CheckResolved(t testing.TB, svc *ir.Service) {
	t.Helper()
	check := func(owner string, m *ir.Member) {
		t.Helper()
		switch {
		case m == nil:
			t.Errorf("%s: %s: missing element member", svc.Source, owner)
		case m.Target == nil:
			t.Errorf("%s: %s.%s: nil target", svc.Source, owner, m.Name)
		case svc.Shape(m.Target.ID) != m.Target:
			t.Errorf("%s: %s.%s: target %s is not in Service.Shapes", svc.Source, owner, m.Name, m.Target.ID)
		}
	}
	for _, sh := range svc.Shapes {
		for _, m := range sh.Members {
			check(sh.ID, m)
		}
		switch sh.Kind {
		case ir.KindList:
			check(sh.ID, sh.Member)
		case ir.KindMap:
			check(sh.ID, sh.Key)
			check(sh.ID, sh.Value)
		}
	}
	for _, op := range svc.Operations {
		if svc.Operation(op.Name) != op {
			t.Errorf("%s: operation %s is not indexed", svc.Source, op.Name)
		}
		for _, sh := range append([]*ir.Shape{op.Input, op.Output}, op.Errors...) {
			if sh != nil && svc.Shape(sh.ID) != sh {
				t.Errorf("%s: operation %s refers to %s, which is not in Service.Shapes", svc.Source, op.Name, sh.ID)
			}
		}
	}
}

// SDKv1Dir returns models/apis of aws-sdk-go v1.55.8 in the module cache
// (fetch it with `go mod download github.com/aws/aws-sdk-go@v1.55.8`) or
// skips the test.
func SDKv1Dir(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		testenv.Missing(t, "go env GOMODCACHE: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "github.com", "aws", "aws-sdk-go@v1.55.8", "models", "apis")
	if _, err := os.Stat(dir); err != nil {
		testenv.Missing(t, "aws-sdk-go v1.55.8 models not in the module cache (go mod download github.com/aws/aws-sdk-go@v1.55.8): %v", err)
	}
	return dir
}
