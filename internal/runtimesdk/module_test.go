package runtimesdk_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

const runtimeDir = "../../runtime"

// goIn runs the go command in dir on its own go.mod, never the workspace's,
// as it runs in a user's module.
func goIn(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append([]string{"GOWORK=off", "GOFLAGS=-mod=readonly"}, env...)...)
	// Only standard output is returned: on a cold machine the go command
	// reports its downloads (a toolchain, modules) on standard error.
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, out, stderr.String())
	}
	return string(out)
}

func readModFile(t *testing.T, path string) *modfile.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestRuntimeModuleGraph: what a user's module inherits from the runtime is
// the core SDK, smithy-go and the snapshot package's JSONPath and casing
// libraries; no service module, and not the config or credentials modules
// (which bring STS, SSO and IMDS clients along).
func TestRuntimeModuleGraph(t *testing.T) {
	out := goIn(t, runtimeDir, nil, "list", "-m", "all")
	var sdk []string
	for line := range strings.Lines(out) {
		path, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch {
		case strings.Contains(path, "/service/"):
			t.Errorf("runtime module graph holds the service module %s", path)
		case strings.HasPrefix(path, "github.com/aws/"):
			sdk = append(sdk, path)
		}
	}
	if want := "github.com/aws/aws-sdk-go-v2 github.com/aws/smithy-go"; strings.Join(sdk, " ") != want {
		t.Errorf("runtime module graph holds the AWS modules %v, want only %s", sdk, want)
	}
}

// TestRuntimeAtFloor builds, vets and tests the runtime with the oldest Go
// and the oldest SDK it declares (its go line and its go.mod's
// requirements, which minimal version selection picks when nothing asks for
// more), outside the workspace, as a user's module sees it. The tests that
// drive real service clients live in the generator module (this package).
func TestRuntimeAtFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads the floor Go toolchain; skipped with -short")
	}
	mod := readModFile(t, filepath.Join(runtimeDir, "go.mod"))
	toolchain := "go" + mod.Go.Version
	if strings.Count(mod.Go.Version, ".") == 1 {
		toolchain += ".0"
	}
	env := []string{"GOTOOLCHAIN=" + toolchain}
	if got := strings.TrimSpace(goIn(t, runtimeDir, env, "env", "GOVERSION")); got != toolchain {
		t.Fatalf("GOTOOLCHAIN=%s runs %s", toolchain, got)
	}
	for _, req := range mod.Require {
		if strings.HasPrefix(req.Mod.Path, "github.com/aws/") {
			got := strings.TrimSpace(goIn(t, runtimeDir, nil, "list", "-m", "-f", "{{.Version}}", req.Mod.Path))
			if got != req.Mod.Version {
				t.Errorf("%s is selected at %s, not at the floor %s its go.mod states", req.Mod.Path, got, req.Mod.Version)
			}
		}
	}
	goIn(t, runtimeDir, env, "vet", "./...")
	out := goIn(t, runtimeDir, env, "test", "-count=1", "./...")
	t.Logf("at %s:\n%s", toolchain, out)
}

// TestRuntimeTestImports: the runtime's tests import nothing outside the
// runtime's own requirements. A user's `go mod tidy` resolves the test
// imports of every package their module builds, the runtime's included, so
// a test importing a service module (or this generator module) would make
// tidy add it to the user's go.mod at its newest version, raising their
// pins. Shapes like the SDK's for such tests are in runtime/internal/sdkshapes.
func TestRuntimeTestImports(t *testing.T) {
	const format = `{{range .TestImports}}{{$.Dir}} {{.}}{{"\n"}}{{end}}{{range .XTestImports}}{{$.Dir}} {{.}}{{"\n"}}{{end}}`
	list := goIn(t, runtimeDir, nil, "list", "-f", format, "./...")
	for line := range strings.Lines(list) {
		dir, path, _ := strings.Cut(strings.TrimSpace(line), " ")
		own := strings.HasPrefix(path, "github.com/awsparity/awsparity/runtime/") || !strings.Contains(strings.Split(path, "/")[0], ".")
		if !own && (strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/service/") || strings.HasPrefix(path, "github.com/awsparity/")) {
			t.Errorf("a test in %s imports %s: a user's go mod tidy would add its module at the newest version (use runtime/internal/sdkshapes, or test from the generator module)", dir, path)
		}
	}
}

// TestGeneratorModuleHasNoReplace: `go run github.com/awsparity/awsparity/cmd/gen@vX`
// refuses a module whose go.mod has replace directives, and the runtime it
// requires must be a released version (go.work points it at the checkout).
func TestGeneratorModuleHasNoReplace(t *testing.T) {
	mod := readModFile(t, "../../go.mod")
	for _, r := range mod.Replace {
		t.Errorf("go.mod replaces %s; `go run …/cmd/gen@version` would refuse it", r.Old.Path)
	}
	found := false
	for _, r := range mod.Require {
		found = found || r.Mod.Path == "github.com/awsparity/awsparity/runtime"
	}
	if !found {
		t.Error("go.mod does not require github.com/awsparity/awsparity/runtime")
	}
}
