//go:build unix

package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/internal/scale"
	"github.com/awsparity/awsparity/internal/testenv"
)

// crashEnv opts into TestKillDuringWrite outside CI.
const crashEnv = "AWSPARITY_CRASH_TEST"

// crashPoints is how many kill points of the write phase are tried.
const crashPoints = 20

// TestKillDuringWrite kills gen with SIGKILL at 20 points of the write
// phase of a generation of every shared Smithy model (names predicted, as
// in internal/scale) over an older tree in which every generated file
// differs, some are missing and some are stale. After every kill the tree
// is wholly old (killed before the commit point) or wholly new (after it,
// once the journal is carried out), and the next run reports the debris
// and removes it, leaving exactly the new tree. It runs under CI=true (and
// fails there without the models) or with AWSPARITY_CRASH_TEST=1.
func TestKillDuringWrite(t *testing.T) {
	if !testenv.CI() && os.Getenv(crashEnv) == "" {
		t.Skipf("runs 40 generations of every service (minutes): set %s=1 or CI=true", crashEnv)
	}
	models := scale.ModelsDir(t)
	root := scale.RepoRoot(t)
	work := t.TempDir()
	bin := filepath.Join(work, "gen")
	build := exec.Command("go", "build", "-o", bin, "./cmd/gen")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/gen: %v\n%s", err, out)
	}
	// A user module without SDK requirements: every name is predicted.
	mod := filepath.Join(work, "mod")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/crash\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(mod, "out")
	gen := func(env []string, extra ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"-no-cache", "-models", models, "-services", "all", "-out", out}, extra...)...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stderr, &stderr
		err := cmd.Run()
		return stderr.String(), err
	}

	if log, err := gen(nil); err != nil {
		t.Fatalf("first generation: %v\n%s", err, log)
	}
	newTree := snapshot(t, out)
	oldDir := filepath.Join(work, "old")
	stale := makeOld(t, out, oldDir)
	oldTree := snapshot(t, oldDir)

	// An uninterrupted write over the old tree gives the number of steps.
	restore(t, oldDir, out)
	log, err := gen(nil)
	if err != nil {
		t.Fatalf("write over the old tree: %v\n%s", err, log)
	}
	m := regexp.MustCompile(`: (\d+) files, (\d+) written`).FindStringSubmatch(log)
	if m == nil {
		t.Fatalf("no file count in:\n%s", log)
	}
	written, _ := strconv.Atoi(m[2])
	if got := snapshot(t, out); !maps.Equal(got, newTree) {
		t.Fatalf("an uninterrupted write over the old tree does not give the new tree (%d vs %d files)", len(got), len(newTree))
	}
	// Steps: each staged file, the commit, each rename, each removal.
	commit := written + 1
	total := commit + written + stale
	t.Logf("old tree %d files, new tree %d files; the write stages %d files and removes %d: %d steps, commit at %d",
		len(oldTree), len(newTree), written, stale, total, commit)

	points := []int{commit - 1, commit}
	for i := 0; i <= crashPoints-3; i++ {
		if p := 1 + i*(total-1)/(crashPoints-3); !slices.Contains(points, p) {
			points = append(points, p)
		}
	}
	slices.Sort(points)
	var wasOld, wasNew int
	for i, at := range points {
		start := time.Now()
		restore(t, oldDir, out)
		log, err := gen([]string{fileset.CrashEnv + "=" + strconv.Itoa(at)})
		var exit *exec.ExitError
		if !errors.As(err, &exit) || !killed(exit) {
			t.Fatalf("kill point %d of %d: gen was not killed (%v)\n%s", at, total, err, log)
		}
		left := debrisFiles(t, out)
		if i%5 == 0 { // -check loads every model too: on a quarter of the points
			report, err := gen(nil, "-check")
			if err == nil {
				t.Errorf("kill point %d: -check passed over an interrupted write", at)
			}
			for _, p := range left {
				if name := filepath.Base(p); !strings.Contains(report, name) && !strings.Contains(report, fileset.JournalName) {
					t.Errorf("kill point %d: -check does not report %s", at, p)
				}
			}
		}

		// What a reader sees once the journal (if committed) is done.
		view := filepath.Join(work, "view")
		restore(t, out, view)
		if _, err := fileset.New().Recover(view); err != nil {
			t.Fatal(err)
		}
		switch got := snapshot(t, view); {
		case maps.Equal(got, oldTree) && at < commit:
			wasOld++
		case maps.Equal(got, newTree) && at >= commit:
			wasNew++
		default:
			t.Errorf("kill point %d (commit at %d): the tree is neither wholly old nor wholly new (%d files; old %d, new %d)",
				at, commit, len(got), len(oldTree), len(newTree))
		}

		log, err = gen(nil)
		if err != nil {
			t.Fatalf("kill point %d: next run: %v\n%s", at, err, log)
		}
		if len(left) > 0 && !strings.Contains(log, "cleaned up after an interrupted run") {
			t.Errorf("kill point %d: the next run does not report the %d debris files it found", at, len(left))
		}
		if got := snapshot(t, out); !maps.Equal(got, newTree) {
			t.Errorf("kill point %d: the next run did not leave the new tree", at)
		}
		if rest := debrisFiles(t, out); len(rest) > 0 {
			t.Errorf("kill point %d: the next run left debris: %v", at, rest)
		}
		t.Logf("kill point %d/%d: %d temporary files left, %s", at, total, len(left), time.Since(start).Round(time.Second))
	}
	t.Logf("%d kill points: %d left the old tree, %d the new one", len(points), wasOld, wasNew)
	if wasOld == 0 || wasNew == 0 {
		t.Errorf("the kill points did not straddle the commit point")
	}
}

func killed(exit *exec.ExitError) bool {
	ws, ok := exit.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// snapshot maps every regular file under dir, by slash path, to its sha256.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sum := sha256.Sum256(data)
		out[filepath.ToSlash(rel)] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// debrisFiles lists the temporary files of writes under dir.
func debrisFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for p := range snapshot(t, dir) {
		if strings.HasPrefix(filepath.Base(p), ".awsparity-") {
			out = append(out, p)
		}
	}
	return out
}

// restore makes dst a copy of src whose files are hard links to src's:
// writes replace files by renaming over them and never write into one, so
// neither tree changes the other, and no data is copied.
func restore(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		return os.Link(p, to)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// makeOld writes into dir an older tree than cur's: every generated file
// changed, one in 50 of them missing, and a stale generated file in one
// helper package in ten, all listed by a manifest of the same runs. It
// returns the number of stale files.
func makeOld(t *testing.T, cur, dir string) int {
	t.Helper()
	if err := os.CopyFS(dir, os.DirFS(cur)); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, fileset.ManifestName)
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	n, stale := 0, 0
	for _, line := range strings.SplitAfter(string(data), "\n") {
		sum, p, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "  ")
		if !ok || sum == "user-owned" {
			b.WriteString(line)
			continue
		}
		file := filepath.Join(dir, filepath.FromSlash(p))
		if n++; n%50 == 0 {
			if err := os.Remove(file); err != nil {
				t.Fatal(err)
			}
			continue
		}
		content, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(entry(t, file, append(content, "\n// from an older generator\n"...), p))
		if n%10 == 0 {
			gone := filepath.ToSlash(filepath.Join(filepath.Dir(p), fmt.Sprintf("zz_generated.gone%d.go", n)))
			b.WriteString(entry(t, filepath.Join(dir, filepath.FromSlash(gone)), []byte("package gone\n"), gone))
			stale++
		}
	}
	if err := os.WriteFile(manifest, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return stale
}

// entry writes content to file and returns its manifest line.
func entry(t *testing.T, file string, content []byte, p string) string {
	t.Helper()
	if err := os.WriteFile(file, content, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:]) + "  " + p + "\n"
}
