// Package sdkupdate is the weekly SDK update, for this repository
// (internal/cmd/maint drift-pr) and for a user's (gen sdk-update): move the
// aws-sdk-go-v2 service modules a go.mod pins, and a models directory, to one
// SDK release; regenerate; report the API drift between the old and the new
// models as a pull request body; build, vet and test. Any failing step fails
// the run, so no pull request opens on a red build.
package sdkupdate

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/driftreport"
)

// prBodyLimit is GitHub's pull request body limit, in characters; bytes
// are a safe bound.
const prBodyLimit = 65536

// Sync moves a models directory and a module's SDK pins to one release.
type Sync struct {
	// Dir is the models directory written (its manifest records the release).
	Dir string
	// Upstream is the URL prefix or directory of <sdk-id>.json model files;
	// {release} is replaced by the release tag.
	Upstream string
	// Release is modelset.ReleaseLatest, modelset.ReleasePinned or a tag
	// release-YYYY-MM-DD.
	Release string
	// ModuleDir holds the go.mod whose service modules move to the release.
	ModuleDir string
	// SDKIDs are the services; none means those of Dir's manifest.
	SDKIDs []string
	// Mods answers module questions and runs go get; nil means the go
	// command in ModuleDir.
	Mods modelset.Modules
}

// Run fetches the models of the release s selects into s.Dir and bumps the
// SDK modules in s.ModuleDir's go.mod to it.
func (s Sync) Run(log io.Writer) (*modelset.Release, error) {
	ids := s.SDKIDs
	if len(ids) == 0 {
		var err error
		if ids, err = driftreport.ManifestSDKIDs(os.DirFS(s.Dir)); err != nil {
			return nil, fmt.Errorf("services to sync: %s/%s: %w", s.Dir, modelset.ManifestName, err)
		}
	}
	mods := s.Mods
	if mods == nil {
		mods = modelset.GoCommand{Dir: s.ModuleDir}
	}
	modules := make([]string, len(ids))
	for i, id := range ids {
		modules[i] = modelset.SDKModule(id)
	}
	rel, err := modelset.ChooseRelease(mods, modules, s.Release)
	if err != nil {
		return nil, err
	}
	m, err := modelset.SyncUpstream(context.Background(), s.Upstream, rel, mods, ids, s.Dir)
	if err != nil {
		return nil, err
	}
	u := modelset.Upstream{Base: s.Upstream, Release: rel.Tag}
	fmt.Fprintf(log, "synced %d services from %s (%s) into %s; go.mod requires %s\n",
		len(m.Services), u.Location(), rel.Tag, s.Dir, strings.Join(rel.Specs(), " "))
	return rel, nil
}

// PR is one update run. The old side is s.Dir as it is before the sync,
// typed by the SDK go.mod pinned before it.
type PR struct {
	Sync
	// Generate regenerates, run with sh -c in ModuleDir after the sync.
	Generate string
	// Test runs after go build ./... and go vet ./..., with sh -c in ModuleDir.
	Test string
	// Body receives the pull request body (markdown); JSON, when set, the
	// drift report as JSON.
	Body, JSON string
	// GitHubOutput, when set, gets changed=true|false and release=<tag>
	// appended (GitHub Actions step outputs).
	GitHubOutput string
	// Rerun is the command the body names for reproducing the run locally.
	Rerun string
}

// DefineFlags defines -generate, -test, -body, -json and -github-output on
// fs, with p's fields (and $GITHUB_OUTPUT) as their defaults, parsed into p.
func (p *PR) DefineFlags(fs *flag.FlagSet) {
	fs.StringVar(&p.Generate, "generate", p.Generate, "regenerate command, run with sh -c in -module")
	fs.StringVar(&p.Test, "test", p.Test, "test command, run with sh -c in -module after go build and go vet")
	fs.StringVar(&p.Body, "body", p.Body, "write the pull request body (markdown) here")
	fs.StringVar(&p.JSON, "json", p.JSON, "also write the drift report as JSON here")
	fs.StringVar(&p.GitHubOutput, "github-output", os.Getenv("GITHUB_OUTPUT"), "append changed=true|false and release=<tag> here (GitHub Actions step outputs)")
}

// Run snapshots the models, syncs them and go.mod, regenerates, writes the
// PR body and step outputs, then builds, vets and tests.
func (p PR) Run(log io.Writer) error {
	modelsDir, moduleDir := p.Dir, p.ModuleDir
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
	rel, err := p.Sync.Run(log)
	if err != nil {
		return err
	}
	after, err := readAll(tracked)
	if err != nil {
		return err
	}
	changed := !equalContents(before, after)
	if err := shell(moduleDir, p.Generate, log); err != nil {
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
		driftreport.Options{Services: p.SDKIDs, ModuleDir: moduleDir, OldModuleDir: oldModule})
	if err != nil {
		return err
	}
	head := prHead(rel, modelset.Upstream{Base: p.Upstream, Release: rel.Tag}.Location(), p.Generate, p.Rerun)
	prBody := append([]byte(head), report.Markdown(prBodyLimit-len(head))...)
	if err := os.WriteFile(p.Body, prBody, 0o644); err != nil {
		return err
	}
	if p.JSON != "" {
		data, err := driftreport.JSON(report)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p.JSON, data, 0o644); err != nil {
			return err
		}
	}
	if p.GitHubOutput != "" {
		if err := appendFile(p.GitHubOutput, fmt.Sprintf("changed=%t\nrelease=%s\n", changed, rel.Tag)); err != nil {
			return err
		}
	}
	fmt.Fprintf(log, "update: %s, changed=%t, %d services with API changes, %d breaking; PR body in %s\n",
		rel.Tag, changed, len(report.Services), len(report.Breaking), p.Body)
	for _, step := range []string{"go build ./...", "go vet ./...", p.Test} {
		if err := shell(moduleDir, step, log); err != nil {
			return err
		}
	}
	return nil
}

func prHead(rel *modelset.Release, location, generate, rerun string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Weekly API update to aws-sdk-go-v2 `%s`: models synced from `%s`, and go.mod bumped to the service modules of that release:\n\n", rel.Tag, location)
	for _, s := range rel.Specs() {
		fmt.Fprintf(&b, "- `%s`\n", s)
	}
	fmt.Fprintf(&b, "\nRegenerated with `%s`; `go build`, `go vet` and the test command passed before this PR was opened (`%s` reproduces it locally).\n\n", generate, rerun)
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
	fmt.Fprintf(log, "update: %s\n", command)
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
