package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/sdkupdate"
	"github.com/awsparity/awsparity/internal/testenv"
)

// tempModule writes a small Go module that uses awsparity the way a user
// does: a go:generate line generating SQS helpers into ./awstest from its
// own models/ directory, which holds the hand-written botocore SQS subset of
// testdata/driftflow/botocore (the "old" snapshot). It requires what this
// repository's go.mod requires, so everything resolves from the module
// cache with GOPROXY=off.
func tempModule(t testing.TB) string {
	t.Helper()
	repo, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	goMod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	require := regexp.MustCompile(`(?s)require \(.*?\n\)`).Find(goMod)
	if require == nil {
		t.Fatal("no require block in go.mod")
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/drifttest\n\ngo 1.26.8\n\n" + string(require) +
			"\n\nrequire github.com/awsparity/awsparity v0.0.0\n\nreplace github.com/awsparity/awsparity => " + repo + "\n" +
			"\nreplace github.com/awsparity/awsparity/runtime => " + filepath.Join(repo, "runtime") + "\n",
		"gen.go": "// Package drifttest is a user module of awsparity.\npackage drifttest\n\n" +
			"//go:generate go run github.com/awsparity/awsparity/cmd/gen -models models -services SQS -out awstest\n",
	}
	if files["go.sum"], err = readString(filepath.Join(repo, "go.sum")); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, files)
	src := modelset.Source{Name: "botocore", Version: "test-old", Dir: filepath.Join("testdata", "driftflow", "botocore")}
	if _, err := modelset.Sync(src, []string{"sqs"}, filepath.Join(dir, "models")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func readString(path string) (string, error) {
	data, err := os.ReadFile(path)
	return string(data), err
}

// TestDriftPR runs the weekly workflow's logic end to end, offline: the
// upstream is testdata/driftflow/upstream/{release} (a hand-written Smithy
// SQS model one release later: ListQueues added, AddPermission and
// GetQueueUrl's QueueOwnerAWSAccountId removed, an enum value swapped),
// the release is the one go.mod pins, and the real go command regenerates,
// builds, vets and tests the module.
func TestDriftPR(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go module (about a minute)")
	}
	for _, tool := range []string{"go", "sh"} {
		if _, err := exec.LookPath(tool); err != nil {
			testenv.Missing(t, "%s not found", tool)
		}
	}
	mod := tempModule(t)
	for k, v := range map[string]string{"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOSUMDB": "off", "GOWORK": "off"} {
		t.Setenv(k, v)
	}
	upstream, err := filepath.Abs(filepath.Join("testdata", "driftflow", "upstream"))
	if err != nil {
		t.Fatal(err)
	}
	models := filepath.Join(mod, "models")
	body, outputs := filepath.Join(mod, "body.md"), filepath.Join(t.TempDir(), "outputs")
	driftPRRun := func() string {
		t.Helper()
		var log bytes.Buffer
		err := dispatch([]string{"drift-pr", "-dir", models, "-module", mod, "-upstream", upstream + "/{release}",
			"-release", "pinned", "-body", body, "-test", "go test ./...", "-github-output", outputs}, &log, &log)
		if err != nil {
			t.Fatalf("drift-pr: %v\n%s", err, log.String())
		}
		got, err := os.ReadFile(body)
		if err != nil {
			t.Fatal(err)
		}
		return string(got)
	}

	pr := driftPRRun()
	for _, want := range []string{
		"Weekly API update to aws-sdk-go-v2 `release-2026-11-04`",
		"- `github.com/aws/aws-sdk-go-v2/service/sqs@v1.52.9`",
		"From `botocore test-old` to `release-2026-11-04`: 1 services changed, 3 breaking changes.",
		"- **SQS**: operation AddPermission removed\n",
		"- **SQS**: GetQueueUrlInput.QueueOwnerAWSAccountId removed\n",
		"- **SQS**: QueueAttributeName value \"DelaySeconds\" removed\n",
		"Operations added (1): `ListQueues`",
		"Operations removed (1): `AddPermission`",
		"- QueueAttributeName: added `RedrivePolicy`; **removed** `DelaySeconds`",
		"- `sqstest/zz_generated.stubs.go` changed",
	} {
		if !strings.Contains(pr, want) {
			t.Errorf("PR body lacks %q:\n%s", want, pr)
		}
	}
	if got, want := mustRead(t, outputs), "changed=true\nrelease=release-2026-11-04\n"; got != want {
		t.Errorf("step outputs = %q, want %q", got, want)
	}

	// The models are now the upstream's Smithy files, and the embedded-set
	// loader reads them.
	m, err := modelset.ReadManifest(os.DirFS(models))
	if err != nil {
		t.Fatal(err)
	}
	if m.Version != "release-2026-11-04" || len(m.Files) != 1 || m.Files[0].Path != "sqs/2012-11-05/sqs.json" {
		t.Errorf("manifest after sync: %+v", m)
	}
	svcs, err := load.FS(os.DirFS(models), "models")
	if err != nil {
		t.Fatal(err)
	}
	if len(svcs) != 1 || svcs[0].SDKID != "SQS" || svcs[0].Operation("ListQueues") == nil || svcs[0].Operation("AddPermission") != nil {
		t.Errorf("LoadFS of the synced models: %d services, want SQS with ListQueues and without AddPermission", len(svcs))
	}

	// The regenerated tree compiled (drift-pr ran go build, go vet and go
	// test on it), and its Server still has AddPermission: the model lost
	// it, the pinned SDK client has it, and the stubs cover the client.
	stubs := mustRead(t, filepath.Join(mod, "awstest", "sqstest", "zz_generated.stubs.go"))
	if !strings.Contains(stubs, "ListQueues(") || !strings.Contains(stubs, "AddPermission(") {
		t.Errorf("regenerated stubs lack an operation of the pinned SDK client:\n%s", stubs)
	}

	// Nothing new upstream: the second run reports no change, so the
	// workflow opens no pull request.
	if err := os.Remove(outputs); err != nil {
		t.Fatal(err)
	}
	pr = driftPRRun()
	if !strings.Contains(pr, "From `release-2026-11-04` to `release-2026-11-04`: no API changes.") {
		t.Errorf("second run's PR body:\n%s", pr)
	}
	if got, want := mustRead(t, outputs), "changed=false\nrelease=release-2026-11-04\n"; got != want {
		t.Errorf("second run's step outputs = %q, want %q", got, want)
	}
}

func mustRead(t testing.TB, path string) string {
	t.Helper()
	s, err := readString(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDriftPROldModelsResolvedAgainstOldSDK: the old models are typed by the
// SDK go.mod pinned before the sync, not by the one it pins after, so a
// member whose type changed with the release is a breaking Go type change
// (*int32 → *string) rather than a model-only retype the new SDK maps to
// one Go type. The SDK modules are stand-ins in the module directory, which
// the release switches between with a relative replace directive.
func TestDriftPROldModelsResolvedAgainstOldSDK(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		testenv.Missing(t, "go not found")
	}
	for k, v := range map[string]string{"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"} {
		t.Setenv(k, v)
	}
	mod := t.TempDir()
	writeFiles(t, mod, map[string]string{
		"go.mod":                        "module example.com/m\n\ngo 1.26.8\n\nrequire " + fakeModule + " v1.0.0\n\nreplace " + fakeModule + " => ./sdk-old\n",
		"m.go":                          "// Package m is a module whose SDK the release changes.\npackage m\n",
		"sdk-old/go.mod":                "module " + fakeModule + "\n",
		"sdk-old/api_op_SendMessage.go": fakeSendMessage("*int32"),
		"sdk-new/go.mod":                "module " + fakeModule + "\n",
		"sdk-new/api_op_SendMessage.go": fakeSendMessage("*string"),
		"botocore/drifttest/2012-11-05/service-2.json": `{"version":"2.0","metadata":{"apiVersion":"2012-11-05","endpointPrefix":"drifttest",` +
			`"jsonVersion":"1.0","protocol":"json","serviceId":"Drift Test","signatureVersion":"v4","targetPrefix":"DriftTest"},` +
			`"operations":{"SendMessage":{"name":"SendMessage","http":{"method":"POST","requestUri":"/"},"input":{"shape":"SendMessageRequest"}}},` +
			`"shapes":{"SendMessageRequest":{"type":"structure","members":{"DelaySeconds":{"shape":"Integer"}}},"Integer":{"type":"integer"}}}`,
		"upstream/release-2026-11-04/drift-test.json": `{"smithy":"2.0","shapes":{` +
			`"com.example#DriftTest":{"type":"service","version":"2012-11-05","operations":[{"target":"com.example#SendMessage"}],` +
			`"traits":{"aws.api#service":{"sdkId":"Drift Test","endpointPrefix":"drifttest"},"aws.auth#sigv4":{"name":"drifttest"},"aws.protocols#awsJson1_0":{}}},` +
			`"com.example#SendMessage":{"type":"operation","input":{"target":"com.example#SendMessageRequest"},"output":{"target":"smithy.api#Unit"}},` +
			`"com.example#SendMessageRequest":{"type":"structure","members":{"DelaySeconds":{"target":"smithy.api#String"}}}}}`,
	})
	models := filepath.Join(mod, "models")
	if _, err := modelset.Sync(modelset.Source{Name: "botocore", Version: "old", Dir: filepath.Join(mod, "botocore")}, []string{"drifttest"}, models); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	dir, upstream, body := models, filepath.Join(mod, "upstream", "{release}"), filepath.Join(mod, "body.md")
	sf := syncFlags{dir: &dir, upstream: &upstream, release: ptr("release-2026-11-04"), moduleDir: &mod, services: &cli.List{}}
	if err := runDriftPR(sf, sdkupdate.PR{Body: body, Generate: "true"}, releaseSwitch{mod: mod}, &log); err != nil {
		t.Fatalf("drift-pr: %v\n%s", err, log.String())
	}
	pr := mustRead(t, body)
	for _, want := range []string{
		"- **Drift Test**: SendMessageInput.DelaySeconds retyped *int32 → *string\n",
		"Regenerated with `true`;", // the -generate command, whatever it is
	} {
		if !strings.Contains(pr, want) {
			t.Errorf("PR body lacks %q:\n%s", want, pr)
		}
	}
}

// fakeModule is the SDK module of a made-up service, "Drift Test", which no
// fixture override names.
const fakeModule = "github.com/aws/aws-sdk-go-v2/service/drifttest"

// fakeSendMessage is the SendMessage source of an SDK whose
// DelaySeconds field has Go type typ.
func fakeSendMessage(typ string) string {
	return "package drifttest\n\ntype Client struct{}\n\ntype SendMessageInput struct {\n\tDelaySeconds " + typ +
		"\n}\n\ntype SendMessageOutput struct{}\n\nfunc (c *Client) SendMessage(params *SendMessageInput) (*SendMessageOutput, error) {\n\treturn nil, nil\n}\n"
}

// releaseSwitch is a modelset.Modules whose only release, v1.1.0 of
// release-2026-11-04, replaces the SDK module with ./sdk-new in mod's go.mod.
type releaseSwitch struct{ mod string }

func (r releaseSwitch) Info(module, query string) (string, time.Time, error) {
	return "v1.1.0", time.Date(2026, 11, 4, 20, 0, 0, 0, time.UTC), nil
}

func (r releaseSwitch) Versions(module string) ([]string, error) {
	return []string{"v1.0.0", "v1.1.0"}, nil
}

func (r releaseSwitch) Get(specs []string) error {
	if want := []string{fakeModule + "@v1.1.0"}; !slices.Equal(specs, want) {
		return fmt.Errorf("go get %q, want %q", specs, want)
	}
	path := filepath.Join(r.mod, "go.mod")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("v1.0.0"), []byte("v1.1.0")), []byte("./sdk-old"), []byte("./sdk-new"))
	return os.WriteFile(path, data, 0o644)
}

func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ptr[T any](v T) *T { return &v }
