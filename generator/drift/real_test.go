package drift

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/internal/golden"
	"github.com/awsparity/awsparity/internal/testenv"
	"github.com/awsparity/awsparity/models"
)

// awsSDKGoModels returns aws-sdk-go v1.55.8's models/apis (botocore layout,
// July 2025) from the Go module cache, downloading it through the proxy.
func awsSDKGoModels(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", "github.com/aws/aws-sdk-go@v1.55.8").Output()
	if err != nil {
		testenv.Missing(t, "aws-sdk-go v1.55.8 models unavailable (go mod download: %v)", err)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		testenv.Missing(t, "aws-sdk-go v1.55.8 models unavailable (go mod download said %s)", out)
	}
	return filepath.Join(info.Dir, "models", "apis")
}

// installedBotocore returns the data directory of the botocore installed for
// python3 (1.43.11, May 2026, on these machines).
func installedBotocore(t testing.TB) (dir, version string) {
	t.Helper()
	out, err := exec.Command("python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__));print(botocore.__version__)").Output()
	if err != nil {
		testenv.Missing(t, "installed botocore unavailable (python3: %v)", err)
	}
	dir, version, _ = strings.Cut(strings.TrimSpace(string(out)), "\n")
	return filepath.Join(dir, "data"), version
}

// loadDefaultSet loads every model under dir and keeps the default
// services, matched by sdkId (aws-sdk-go and botocore name some directories
// differently: states/stepfunctions), resolved against this module's SDK.
func loadDefaultSet(t testing.TB, dir string, ids []string) []*ir.Service {
	t.Helper()
	all, err := load.Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var svcs []*ir.Service
	for _, s := range all {
		if want[s.SDKID] {
			svcs = append(svcs, s)
		}
	}
	if len(svcs) != len(ids) {
		t.Fatalf("%s: found %d of the %d default services", dir, len(svcs), len(ids))
	}
	if _, err := golang.Resolve(svcs, golang.Options{ModuleDir: filepath.Join("..", "..")}); err != nil {
		t.Fatal(err)
	}
	return svcs
}

// TestRealDrift pins the drift of the default services between the
// aws-sdk-go v1.55.8 models and the installed botocore: operations added per
// service and every breaking change (testdata/real.md; UPDATE_GOLDEN=1
// rewrites it).
func TestRealDrift(t *testing.T) {
	if testing.Short() {
		t.Skip("loads two full model sets (about 20 s)")
	}
	old := awsSDKGoModels(t)
	cur, version := installedBotocore(t)
	if version != "1.43.11" {
		testenv.Missing(t, "golden pinned for botocore 1.43.11, installed is %s", version)
	}
	defaults, err := load.FS(models.FS, "models")
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(defaults))
	for i, s := range defaults {
		ids[i] = s.SDKID
	}
	r, err := Compare("aws-sdk-go v1.55.8", loadDefaultSet(t, old, ids), "botocore "+version, loadDefaultSet(t, cur, ids), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Drift of the default services: %s → %s\n\n", r.Old, r.New)
	b.WriteString("| service | operations added |\n|---|---|\n")
	total := 0
	for _, s := range r.Services {
		if len(s.OperationsAdded) > 0 {
			fmt.Fprintf(&b, "| %s | %d: %s |\n", s.SDKID, len(s.OperationsAdded), strings.Join(s.OperationsAdded, ", "))
			total += len(s.OperationsAdded)
		}
		if len(s.OperationsRemoved) > 0 {
			fmt.Fprintf(&b, "| %s | removed %d: %s |\n", s.SDKID, len(s.OperationsRemoved), strings.Join(s.OperationsRemoved, ", "))
		}
	}
	fmt.Fprintf(&b, "\n%d operations added in total.\n\n## Breaking changes (%d)\n\n", total, len(r.Breaking))
	for _, br := range r.Breaking {
		fmt.Fprintf(&b, "- **%s**: %s\n", br.Service, br.What)
	}
	golden.Compare(t, filepath.Join("testdata", "real.md"), b.Bytes())

	// The full report renders deterministically and fits a PR body when capped.
	md := r.Markdown(65536)
	if len(md) > 65536 || !bytes.Contains(md, []byte("## ⚠️ Breaking changes")) {
		t.Errorf("capped markdown: %d bytes, breaking section present: %v", len(md), bytes.Contains(md, []byte("Breaking changes")))
	}
}
