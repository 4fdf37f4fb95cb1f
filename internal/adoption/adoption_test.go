// Package adoption proves the README's Install section the way a new user
// meets it: the generator and runtime modules are served at a release
// version by a file-based module proxy built from this working tree, and
// fresh user modules, one at the stated SDK and Go floor and one at the
// newest SDK, run exactly the README's lines. Their go.mod must not change
// beyond the runtime requirement, and generated code must build, vet and
// pass the user's test right after go generate.
package adoption

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

const (
	generatorModule = "github.com/awsparity/awsparity"
	runtimeModule   = "github.com/awsparity/awsparity/runtime"
	sdkModule       = "github.com/aws/aws-sdk-go-v2"
	smithyModule    = "github.com/aws/smithy-go"
	sqsModule       = "github.com/aws/aws-sdk-go-v2/service/sqs"
	configModule    = "github.com/aws/aws-sdk-go-v2/config"

	// The floor user module: the Go line the README states and the service
	// modules of the SDK release of 2024-01-04 (aws-sdk-go-v2 v1.24.1,
	// smithy-go v1.19.0), the oldest the runtime supports.
	floorGo     = "1.24"
	floorSQS    = "v1.29.7"
	floorConfig = "v1.26.3"

	// newestConfig is the config module of the SDK release the generator's
	// go.mod pins (release-2026-11-04), for the newest user module: the
	// generator itself does not require config.
	newestConfig = "v1.33.14"
)

// userModule is one fresh module of a user who already uses the SDK.
type userModule struct {
	name            string
	goLine          string
	sqs, config     string
	wantSDK, wantSm string // the core SDK and smithy-go versions its go.mod pins
}

func TestInstallFromReadme(t *testing.T) {
	if testing.Short() {
		t.Skip("builds user modules against a module proxy; skipped with -short")
	}
	root := repoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	steps, version, err := installSteps(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	if want := changelogVersion(t, root); version != want {
		t.Fatalf("README.md Install pins awsparity %s but the newest release in CHANGELOG.md is %s", version, want)
	}

	gen := parseGoMod(t, filepath.Join(root, "go.mod"))
	for _, r := range gen.Require {
		if r.Mod.Path == runtimeModule && r.Mod.Version != version {
			t.Fatalf("go.mod requires %s %s; a release's generator requires the runtime of the same release, %s", runtimeModule, r.Mod.Version, version)
		}
	}
	proxy := t.TempDir()
	writeProxy(t, proxy, version, releasedProxyModules(t, root))
	env := userEnv(t, proxy)

	users := []userModule{
		{name: "floor", goLine: floorGo, sqs: floorSQS, config: floorConfig, wantSDK: "v1.24.1", wantSm: "v1.19.0"},
		newestUser(t, gen),
	}
	if rt := runtimeGoMod(t, root); rt != nil {
		floor := users[0]
		for _, want := range []struct{ path, floor string }{{sdkModule, floor.wantSDK}, {smithyModule, floor.wantSm}} {
			if got := requiredVersion(t, rt, want.path); got != want.floor {
				t.Errorf("runtime/go.mod requires %s %s, but the floor the README states and this test pins is %s", want.path, got, want.floor)
			}
		}
		if rt.Go.Version != floorGo {
			t.Errorf("runtime/go.mod says go %s; the stated floor is go %s", rt.Go.Version, floorGo)
		}
	}
	for _, floor := range []string{"Go " + floorGo, "aws-sdk-go-v2 " + users[0].wantSDK, "smithy-go " + users[0].wantSm} {
		if !strings.Contains(string(readme), floor) {
			t.Errorf("README.md does not state the floor %q", floor)
		}
	}

	for _, u := range users {
		t.Run(u.name, func(t *testing.T) {
			dir := t.TempDir()
			newUserModule(t, dir, env, u)
			before := parseGoMod(t, filepath.Join(dir, "go.mod"))
			beforeText := readFile(t, filepath.Join(dir, "go.mod"))

			for _, s := range steps {
				if s.run != "" {
					run(t, dir, env, "sh", "-c", s.run)
					continue
				}
				writeFile(t, filepath.Join(dir, filepath.FromSlash(s.file)), s.content)
			}
			if _, err := os.Stat(filepath.Join(dir, "awstest", "sqstest")); err != nil {
				t.Fatalf("the README's go:generate line produced no awstest/sqstest: %v", err)
			}

			after := parseGoMod(t, filepath.Join(dir, "go.mod"))
			removed, added := requireDiff(before, after)
			if len(removed) > 0 {
				t.Errorf("go.mod requirements the user had changed or went away:\n%s\nafter:\n%s",
					strings.Join(removed, "\n"), readFile(t, filepath.Join(dir, "go.mod")))
			}
			if len(added) > 0 {
				t.Errorf("go.mod gained requirements besides the runtime's line, modules the runtime brings along "+
					"(it may require only aws-sdk-go-v2 and smithy-go):\n%s\nbefore:\n%s", strings.Join(added, "\n"), beforeText)
			}
			if before.Go.Version != after.Go.Version || (before.Toolchain == nil) != (after.Toolchain == nil) {
				t.Errorf("go.mod's go or toolchain line changed: go %s → %s", before.Go.Version, after.Go.Version)
			}
			for _, want := range []struct{ path, version string }{{sdkModule, u.wantSDK}, {smithyModule, u.wantSm}, {sqsModule, u.sqs}} {
				if got := requiredVersion(t, after, want.path); got != want.version {
					t.Errorf("%s pinned at %s after install, want the user's %s", want.path, got, want.version)
				}
			}

			// The user's own test, written against the generated helpers.
			writeFile(t, filepath.Join(dir, "shop_test.go"), readFile(t, filepath.Join("testdata", "user", "shop_test.go")))
			run(t, dir, env, "go", "vet", "./...")
			out := run(t, dir, env, "go", "test", "-count=1", "-v", "-run", "TestSendOrder", ".")
			if !strings.Contains(out, "--- PASS: TestSendOrder") {
				t.Errorf("the user's test did not pass:\n%s", out)
			}
			// Everything else generated, skeletons included, compiles and passes or skips.
			run(t, dir, env, "go", "test", "-count=1", "./...")

			checkWeeklyUpdate(t, root, dir, env, version, u)
		})
	}
}

// newestUser pins what the generator's own go.mod pins: the newest SDK.
func newestUser(t testing.TB, gen *modfile.File) userModule {
	return userModule{name: "newest", goLine: gen.Go.Version, sqs: requiredVersion(t, gen, sqsModule), config: newestConfig,
		wantSDK: requiredVersion(t, gen, sdkModule), wantSm: requiredVersion(t, gen, smithyModule)}
}

// releasedProxyModules are the modules of releasedModules this tree has.
func releasedProxyModules(t testing.TB, root string) []proxyModule {
	var mods []proxyModule
	for _, dir := range releasedModules {
		abs := filepath.Join(root, dir)
		if _, err := os.Stat(filepath.Join(abs, "go.mod")); err == nil {
			mods = append(mods, proxyModule{Path: modulePath(t, abs), Dir: abs})
		}
	}
	return mods
}

// newUserModule writes a module that already uses the SDK the way an
// application does (config + sqs), pinned by go get and tidied.
func newUserModule(t testing.TB, dir string, env []string, u userModule) {
	t.Helper()
	run(t, dir, env, "go", "mod", "init", "example.com/shop")
	run(t, dir, env, "go", "mod", "edit", "-go="+u.goLine)
	writeFile(t, filepath.Join(dir, "shop.go"), readFile(t, filepath.Join("testdata", "user", "shop.go")))
	run(t, dir, env, "go", "get", sqsModule+"@"+u.sqs, configModule+"@"+u.config)
	run(t, dir, env, "go", "mod", "tidy")
	f := parseGoMod(t, filepath.Join(dir, "go.mod"))
	if got := requiredVersion(t, f, sdkModule); got != u.wantSDK {
		t.Fatalf("the %s user module pins %s %s, want %s: the test's pins are inconsistent", u.name, sdkModule, got, u.wantSDK)
	}
	if f.Go.Version != u.goLine {
		t.Fatalf("the %s user module says go %s, want %s", u.name, f.Go.Version, u.goLine)
	}
}

// userEnv is the go command's environment in a user module: awsparity from
// the test proxy, every other module from the machine's module cache or its
// configured proxy, into a module cache of the test's own (so a zip of an
// earlier working tree at the same version is never reused).
func userEnv(t testing.TB, proxy string) []string {
	t.Helper()
	goenv := func(key string) string {
		out, err := exec.Command("go", "env", key).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", key, err)
		}
		return strings.TrimSpace(string(out))
	}
	upstream := "file://" + filepath.ToSlash(filepath.Join(goenv("GOMODCACHE"), "cache", "download")) + "," + goenv("GOPROXY")
	return append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+","+upstream,
		"GONOSUMDB=github.com/awsparity",
		"GONOPROXY=", "GOPRIVATE=",
		"GOMODCACHE="+filepath.Join(t.TempDir(), "mod"),
		"GOFLAGS="+strings.TrimSpace(goenv("GOFLAGS")+" -modcacherw"),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
		"TEST_TARGET=", "SNAPSHOT_UPDATE=",
	)
}

// requireDiff returns the require lines of before that after lacks (changed
// or removed) and those after adds, leaving out the runtime's own line.
func requireDiff(before, after *modfile.File) (removed, added []string) {
	lines := func(f *modfile.File) []string {
		var out []string
		for _, r := range f.Require {
			if r.Mod.Path == runtimeModule {
				continue
			}
			l := r.Mod.Path + " " + r.Mod.Version
			if r.Indirect {
				l += " // indirect"
			}
			out = append(out, l)
		}
		slices.Sort(out)
		return out
	}
	b, a := lines(before), lines(after)
	for _, l := range b {
		if !slices.Contains(a, l) {
			removed = append(removed, l)
		}
	}
	for _, l := range a {
		if !slices.Contains(b, l) {
			added = append(added, l)
		}
	}
	return removed, added
}

var changelogHeading = regexp.MustCompile(`(?m)^## (v\d+\.\d+\.\d+)\b`)

// changelogVersion is the newest release CHANGELOG.md lists.
func changelogVersion(t testing.TB, root string) string {
	t.Helper()
	m := changelogHeading.FindStringSubmatch(readFile(t, filepath.Join(root, "CHANGELOG.md")))
	if m == nil {
		t.Fatal("CHANGELOG.md has no '## vX.Y.Z' heading")
	}
	return m[1]
}

func runtimeGoMod(t testing.TB, root string) *modfile.File {
	t.Helper()
	file := filepath.Join(root, "runtime", "go.mod")
	if _, err := os.Stat(file); err != nil {
		return nil
	}
	return parseGoMod(t, file)
}

func requiredVersion(t testing.TB, f *modfile.File, path string) string {
	t.Helper()
	for _, r := range f.Require {
		if r.Mod.Path == path {
			return r.Mod.Version
		}
	}
	t.Fatalf("%s does not require %s", f.Syntax.Name, path)
	return ""
}

func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func run(t testing.TB, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s (in %s): %v\n%s", name, strings.Join(args, " "), dir, err, out.String())
	}
	return out.String()
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
