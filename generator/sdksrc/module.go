package sdksrc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// Module is a module as the go command resolves it in some main module.
type Module struct {
	Path    string
	Version string
	Dir     string // extracted source, in GOMODCACHE or a replacement dir
}

// Locate resolves the given module paths in the build list of the main
// module at moduleDir (the go.mod whose pins matter). Paths that are not
// dependencies there are absent from the result; that is not an error.
// A dependency not yet in the module cache is downloaded.
func Locate(ctx context.Context, moduleDir string, paths ...string) (map[string]Module, error) {
	return LocateReporting(ctx, moduleDir, nil, paths...)
}

// LocateReporting is Locate, calling downloading (when not nil) before each
// module it downloads, which can take a while: a caller on a terminal says
// so instead of going quiet.
func LocateReporting(ctx context.Context, moduleDir string, downloading func(path, version string), paths ...string) (map[string]Module, error) {
	if len(paths) == 0 {
		return map[string]Module{}, nil
	}
	args := append([]string{"list", "-m", "-json", "-e"}, paths...)
	out, err := goCmd(ctx, moduleDir, args...)
	if err != nil {
		return nil, err
	}
	type listed struct {
		Path, Version, Dir string
		Replace            *struct{ Path, Version, Dir string }
		Error              *struct{ Err string }
	}
	found := map[string]Module{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var l listed
		if err := dec.Decode(&l); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("sdksrc: go list -m in %s: %w", moduleDir, err)
		}
		if l.Error != nil {
			if strings.Contains(l.Error.Err, "not a known dependency") {
				continue
			}
			return nil, fmt.Errorf("sdksrc: go list -m in %s: %s", moduleDir, l.Error.Err)
		}
		m := Module{Path: l.Path, Version: l.Version, Dir: l.Dir}
		if l.Replace != nil {
			// A replacement's own version (empty for a directory) is what
			// the source really is, so it is what the cache is keyed on.
			m.Version, m.Dir = l.Replace.Version, l.Replace.Dir
		}
		if m.Dir == "" && m.Version != "" {
			if downloading != nil {
				downloading(l.Path, m.Version)
			}
			dir, err := download(ctx, moduleDir, l.Path, m.Version)
			if err != nil {
				return nil, err
			}
			m.Dir = dir
		}
		found[l.Path] = m
	}
	return found, nil
}

func download(ctx context.Context, moduleDir, path, version string) (string, error) {
	out, err := goCmd(ctx, moduleDir, "mod", "download", "-json", path+"@"+version)
	if err != nil {
		return "", err
	}
	var d struct{ Dir, Error string }
	if err := json.Unmarshal(out, &d); err != nil {
		return "", fmt.Errorf("sdksrc: go mod download %s@%s: %w", path, version, err)
	}
	if d.Error != "" || d.Dir == "" {
		return "", fmt.Errorf("sdksrc: go mod download %s@%s: %s", path, version, d.Error)
	}
	return d.Dir, nil
}

func goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("sdksrc: go %s in %s: %w: %s", strings.Join(args, " "), dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
