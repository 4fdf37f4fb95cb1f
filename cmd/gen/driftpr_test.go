package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/modelset"
)

// tempModule writes a small Go module that uses awsparity the way a user
// does: a go:generate line generating SQS helpers into ./awstest from its
// own models/ directory, which holds the hand-written botocore SQS subset of
// testdata/driftflow/botocore (the "old" snapshot). It requires what this
// repository's go.mod requires, so everything resolves from the module
// cache with GOPROXY=off.
func tempModule(t testing.TB) string {
	t.Helper()
	repo, err := filepath.Abs(filepath.Join("..", ".."))
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
			"\n\nrequire github.com/awsparity/awsparity v0.0.0\n\nreplace github.com/awsparity/awsparity => " + repo + "\n",
		"gen.go": "// Package drifttest is a user module of awsparity.\npackage drifttest\n\n" +
			"//go:generate go run github.com/awsparity/awsparity/cmd/gen -models models -services SQS -out awstest\n",
	}
	if files["go.sum"], err = readString(filepath.Join(repo, "go.sum")); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
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
			t.Skipf("%s not found", tool)
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
	svcs, err := engine.LoadFS(os.DirFS(models), "models")
	if err != nil {
		t.Fatal(err)
	}
	if len(svcs) != 1 || svcs[0].SDKID != "SQS" || svcs[0].Operation("ListQueues") == nil || svcs[0].Operation("AddPermission") != nil {
		t.Errorf("LoadFS of the synced models: %d services, want SQS with ListQueues and without AddPermission", len(svcs))
	}

	// The regenerated tree follows the new model (and compiled: drift-pr
	// ran go build, go vet and go test on it).
	stubs := mustRead(t, filepath.Join(mod, "awstest", "sqstest", "zz_generated.stubs.go"))
	if !strings.Contains(stubs, "ListQueues(") || strings.Contains(stubs, "AddPermission(") {
		t.Errorf("regenerated stubs do not follow the new model:\n%s", stubs)
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
