package adoption

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The release the weekly update moves to (what the generator's go.mod pins)
// and the one the floor module starts from.
const (
	newRelease   = "release-2026-11-04"
	floorRelease = "release-2024-01-04"
)

// workflowRun is the command line of the reusable workflow's update step.
var workflowRun = regexp.MustCompile(`(?m)^\s+run: (go run "github.com/awsparity/awsparity/cmd/gen@\$AWSPARITY_VERSION" sdk-update .*)$`)

// weeklyUpdate runs what .github/workflows/sdk-update.yml runs, with its
// default inputs, in the user module dir, with the models of both releases
// read from a local upstream instead of GitHub: a hand-written SQS model in
// which the newer release adds ListQueues. It returns the PR body and the
// step outputs.
func weeklyUpdate(t *testing.T, root, dir string, env []string, version string) (body, outputs string) {
	t.Helper()
	workflow := readFile(t, filepath.Join(root, ".github", "workflows", "sdk-update.yml"))
	m := workflowRun.FindStringSubmatch(workflow)
	if m == nil {
		t.Fatalf(".github/workflows/sdk-update.yml has no step running %s", workflowRun)
	}
	for _, def := range []string{`default: "go generate ./..."`, `default: "go test ./..."`, "default: latest"} {
		if !strings.Contains(workflow, def) {
			t.Fatalf(".github/workflows/sdk-update.yml lacks the input %s this test runs with", def)
		}
	}
	upstream := t.TempDir()
	writeUpstream(t, upstream)
	tmp := t.TempDir()
	out := filepath.Join(tmp, "github-output")
	env = append(slices.Clip(env),
		"AWSPARITY_VERSION="+version,
		"AWSPARITY_RELEASE="+newRelease, // "latest" in the workflow; a fixed release keeps the test repeatable
		"AWSPARITY_UPSTREAM="+filepath.Join(upstream, "{release}"),
		"GENERATE=go generate ./...",
		"TEST=go test ./...",
		"RUNNER_TEMP="+tmp,
		"GITHUB_OUTPUT="+out,
	)
	run(t, dir, env, "sh", "-c", m[1])
	return readFile(t, filepath.Join(tmp, "sdk-update.md")), readFile(t, out)
}

// writeUpstream lays out <dir>/<release>/sqs.json for both releases, from
// the drift-pr test's hand-written SQS model (the newer one).
func writeUpstream(t *testing.T, dir string) {
	t.Helper()
	src := readFile(t, filepath.Join("..", "cmd", "maint", "testdata", "driftflow", "upstream", newRelease, "sqs.json"))
	var model map[string]any
	if err := json.Unmarshal([]byte(src), &model); err != nil {
		t.Fatal(err)
	}
	shapes, _ := model["shapes"].(map[string]any)
	svc, _ := shapes["com.amazonaws.sqs#AmazonSQS"].(map[string]any)
	ops, _ := svc["operations"].([]any)
	var older []any
	for _, op := range ops {
		if target, _ := op.(map[string]any)["target"].(string); target != "com.amazonaws.sqs#ListQueues" {
			older = append(older, op)
		}
	}
	if len(ops) == 0 || len(older) != len(ops)-1 {
		t.Fatalf("the drift-pr test's SQS model no longer has the ListQueues operation to remove")
	}
	writeFile(t, filepath.Join(dir, newRelease, "sqs.json"), src)
	svc["operations"] = older
	data, err := json.Marshal(model)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, floorRelease, "sqs.json"), string(data))
}

// checkWeeklyUpdate: from the floor, the update moves go.mod to the new
// release and reports ListQueues as added; at the newest SDK there is
// nothing to do, so the workflow opens no pull request.
func checkWeeklyUpdate(t *testing.T, root, dir string, env []string, version string, u userModule) {
	t.Helper()
	body, outputs := weeklyUpdate(t, root, dir, env, version)
	if u.name != "floor" {
		if want := "changed=false\nrelease=" + newRelease + "\n"; outputs != want {
			t.Errorf("update at the newest SDK: step outputs %q, want %q", outputs, want)
		}
		if !strings.Contains(body, "no API changes") {
			t.Errorf("update at the newest SDK: PR body reports changes:\n%s", body)
		}
		return
	}
	if want := "changed=true\nrelease=" + newRelease + "\n"; outputs != want {
		t.Errorf("step outputs %q, want %q", outputs, want)
	}
	for _, want := range []string{
		"Weekly API update to aws-sdk-go-v2 `" + newRelease + "`",
		"- `" + sqsModule + "@" + newestSQS(t, root) + "`",
		"From `" + floorRelease + "` to `" + newRelease + "`",
		"Operations added (1): `ListQueues`",
		"`go run github.com/awsparity/awsparity/cmd/gen@" + version + " sdk-update` reproduces it locally",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("PR body lacks %q:\n%s", want, body)
		}
	}
	after := parseGoMod(t, filepath.Join(dir, "go.mod"))
	if got := requiredVersion(t, after, sqsModule); got != newestSQS(t, root) {
		t.Errorf("after the update go.mod pins %s %s, want %s", sqsModule, got, newestSQS(t, root))
	}
	if after.Go.Version != u.goLine {
		t.Errorf("the update changed the go line: %s → %s", u.goLine, after.Go.Version)
	}
}

func newestSQS(t *testing.T, root string) string {
	t.Helper()
	return requiredVersion(t, parseGoMod(t, filepath.Join(root, "go.mod")), sqsModule)
}
