package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/driftreport"
)

// prBodyLimit is GitHub's pull request body limit, in characters; bytes
// are a safe bound.
const prBodyLimit = 65536

// driftPR is everything .github/workflows/api-drift.yml does before it
// opens the pull request, so it can run (and be tested) without GitHub.
func driftPR(c *cli.Context) error {
	fs := c.Flags
	sf := addSyncFlags(fs)
	body := fs.String("body", "drift.md", "write the pull request body (markdown) here")
	jsonOut := fs.String("json", "", "also write the drift report as JSON here")
	generate := fs.String("generate", "go generate ./...", "regenerate command, run with sh -c in -module")
	test := fs.String("test", "scripts/test.sh", "the README's test command, run with sh -c in -module after go build and go vet")
	output := fs.String("github-output", os.Getenv("GITHUB_OUTPUT"), "append changed=true|false and release=<tag> here (GitHub Actions step outputs)")
	if err := c.Parse(0); err != nil {
		return err
	}
	return runDriftPR(sf, prOptions{body: *body, json: *jsonOut, generate: *generate, test: *test, output: *output}, nil, c.Stderr)
}

type prOptions struct {
	body, json, generate, test, output string
}

// runDriftPR snapshots the models, syncs them and go.mod (with mods; nil
// means the go command), regenerates, writes the PR body and step outputs,
// then builds, vets and tests; any failing step fails the run, so no pull
// request is opened on a red build.
func runDriftPR(sf syncFlags, o prOptions, mods modelset.Modules, stderr io.Writer) error {
	modelsDir, moduleDir := *sf.dir, *sf.moduleDir
	tmp, err := os.MkdirTemp("", "awsparity-drift-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	oldModels := filepath.Join(tmp, "models")
	if err := os.CopyFS(oldModels, os.DirFS(modelsDir)); err != nil {
		return fmt.Errorf("snapshotting %s: %w", modelsDir, err)
	}
	// The old models are typed by the SDK pinned before the sync.
	oldModule := filepath.Join(tmp, "module")
	if err := snapshotGoMod(moduleDir, oldModule); err != nil {
		return err
	}
	tracked := []string{filepath.Join(moduleDir, "go.mod"), filepath.Join(moduleDir, "go.sum"), filepath.Join(modelsDir, modelset.ManifestName)}
	before, err := readAll(tracked)
	if err != nil {
		return err
	}
	rel, err := syncUpstream(sf, mods, stderr)
	if err != nil {
		return err
	}
	after, err := readAll(tracked)
	if err != nil {
		return err
	}
	changed := !equalContents(before, after)
	if err := shell(moduleDir, o.generate, stderr); err != nil {
		return err
	}
	oldLabel, err := manifestLabel(oldModels)
	if err != nil {
		return err
	}
	newLabel, err := manifestLabel(modelsDir)
	if err != nil {
		return err
	}
	report, err := driftreport.Compare(oldLabel, oldModels, newLabel, modelsDir,
		driftreport.Options{Services: *sf.services, ModuleDir: *sf.moduleDir, OldModuleDir: oldModule})
	if err != nil {
		return err
	}
	head := prHead(rel, modelset.Upstream{Base: *sf.upstream, Release: rel.Tag}.Location(), o.generate)
	prBody := append([]byte(head), report.Markdown(prBodyLimit-len(head))...)
	if err := os.WriteFile(o.body, prBody, 0o644); err != nil {
		return err
	}
	if o.json != "" {
		data, err := driftreport.JSON(report)
		if err != nil {
			return err
		}
		if err := os.WriteFile(o.json, data, 0o644); err != nil {
			return err
		}
	}
	if o.output != "" {
		if err := appendFile(o.output, fmt.Sprintf("changed=%t\nrelease=%s\n", changed, rel.Tag)); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "drift-pr: %s, changed=%t, %d services with API changes, %d breaking; PR body in %s\n",
		rel.Tag, changed, len(report.Services), len(report.Breaking), o.body)
	for _, step := range []string{"go build ./...", "go vet ./...", o.test} {
		if err := shell(moduleDir, step, stderr); err != nil {
			return err
		}
	}
	return nil
}

func prHead(rel *modelset.Release, location, generate string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Weekly API update to aws-sdk-go-v2 `%s`: models synced from `%s`, and go.mod bumped to the service modules of that release:\n\n", rel.Tag, location)
	for _, s := range rel.Specs() {
		fmt.Fprintf(&b, "- `%s`\n", s)
	}
	fmt.Fprintf(&b, "\nRegenerated with `%s`; `go build`, `go vet` and the README test command passed before this PR was opened (`go run ./internal/cmd/maint drift-pr` reproduces it locally).\n\n", generate)
	return b.String()
}

// manifestLabel names a model set in the report: the release tag for an
// upstream sync, else source and version ("botocore 1.43.11").
func manifestLabel(dir string) (string, error) {
	m, err := modelset.ReadManifest(os.DirFS(dir))
	if err != nil {
		return "", fmt.Errorf("%s: %w", dir, err)
	}
	if strings.Contains(m.Source, "{release}") || strings.Contains(m.Source, "/") {
		return m.Version, nil
	}
	return m.Source + " " + m.Version, nil
}

// snapshotGoMod copies dir's go.mod and go.sum into dst, with relative
// replacement directories made absolute so they still point where they did.
func snapshotGoMod(dir, dst string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	gomod := filepath.Join(abs, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return err
	}
	f, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		return err
	}
	for _, r := range f.Replace {
		if modfile.IsDirectoryPath(r.New.Path) && !filepath.IsAbs(r.New.Path) {
			if err := f.AddReplace(r.Old.Path, r.Old.Version, filepath.Join(abs, r.New.Path), ""); err != nil {
				return fmt.Errorf("%s: %w", gomod, err)
			}
		}
	}
	if data, err = f.Format(); err != nil {
		return fmt.Errorf("%s: %w", gomod, err)
	}
	sums, err := readAll([]string{filepath.Join(abs, "go.sum")})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dst, "go.mod"), data, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "go.sum"), sums[0], 0o644)
}

// shell runs command with sh -c in dir, its output going to log.
func shell(dir, command string, log io.Writer) error {
	if strings.TrimSpace(command) == "" {
		return nil
	}
	fmt.Fprintf(log, "drift-pr: %s\n", command)
	cmd := exec.Command("sh", "-c", command)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s (in %s): %w", command, dir, err)
	}
	return nil
}

// readAll reads files; a missing one reads as nil.
func readAll(paths []string) ([][]byte, error) {
	out := make([][]byte, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

func equalContents(a, b [][]byte) bool {
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func appendFile(path, s string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(s); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
