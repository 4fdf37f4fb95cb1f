package modelset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// SDKModulePrefix is where every aws-sdk-go-v2 service module lives.
const SDKModulePrefix = "github.com/aws/aws-sdk-go-v2/service/"

// SDKModule is the aws-sdk-go-v2 module of a service ("CloudWatch Logs" →
// github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs).
func SDKModule(sdkID string) string {
	return SDKModulePrefix + strings.NewReplacer(" ", "", "-", "").Replace(strings.ToLower(sdkID))
}

// Release queries for ChooseRelease.
const (
	// ReleaseLatest takes every service module's newest version.
	ReleaseLatest = "latest"
	// ReleasePinned keeps the versions the go.mod requires.
	ReleasePinned = "pinned"
)

var releaseTag = regexp.MustCompile(`^release-(\d{4}-\d{2}-\d{2})$`)

// Modules answers module-version questions; GoCommand is the real one.
type Modules interface {
	// Info returns the version and commit time a query resolves to:
	// a version, "latest", or "" for the version the go.mod requires.
	Info(module, query string) (version string, t time.Time, err error)
	// Versions lists a module's released versions.
	Versions(module string) ([]string, error)
	// Get requires module@version for each entry of "module@version".
	Get(specs []string) error
}

// Release is the aws-sdk-go-v2 release a sync targets: the tag whose
// codegen/sdk-codegen/aws-models the service modules were generated from,
// and the version of each service module in it.
type Release struct {
	Tag      string
	Versions map[string]string // module path → version
}

// ChooseRelease decides the release tag and service module versions for
// modules. query is ReleaseLatest, ReleasePinned, or a tag
// "release-YYYY-MM-DD".
//
// aws-sdk-go-v2 tags every module released together at one commit, and names
// the release after the day of that commit (UTC): release-2026-11-04 holds
// sqs v1.52.9, whose commit time is 2026-11-04T20:20:43Z. A module that did
// not change in a release keeps its older version, and the model file at the
// newer tag is still the one that version was generated from. So:
//   - latest/pinned: take each module's latest (or required) version; the tag
//     is release-<the newest of their commit dates>;
//   - release-D: each module gets its newest version committed on or before D.
func ChooseRelease(mods Modules, modules []string, query string) (*Release, error) {
	rel := &Release{Versions: map[string]string{}}
	if m := releaseTag.FindStringSubmatch(query); m != nil {
		day, err := time.Parse("2006-01-02", m[1])
		if err != nil {
			return nil, fmt.Errorf("release %s: %w", query, err)
		}
		rel.Tag = query
		for _, mod := range modules {
			v, err := newestBefore(mods, mod, day.Add(24*time.Hour))
			if err != nil {
				return nil, err
			}
			rel.Versions[mod] = v
		}
		return rel, nil
	}
	var q string
	switch query {
	case ReleaseLatest:
		q = "latest"
	case ReleasePinned:
	default:
		return nil, fmt.Errorf("release %q: want %s, %s or release-YYYY-MM-DD", query, ReleaseLatest, ReleasePinned)
	}
	var newest time.Time
	for _, mod := range modules {
		v, t, err := mods.Info(mod, q)
		if err != nil {
			return nil, err
		}
		rel.Versions[mod] = v
		if t.After(newest) {
			newest = t
		}
	}
	if newest.IsZero() {
		return nil, fmt.Errorf("release %s: no module commit times to name the release after", query)
	}
	rel.Tag = "release-" + newest.UTC().Format("2006-01-02")
	return rel, nil
}

// newestBefore returns mod's newest release version committed before cutoff.
func newestBefore(mods Modules, mod string, cutoff time.Time) (string, error) {
	versions, err := mods.Versions(mod)
	if err != nil {
		return "", err
	}
	var releases [][3]int
	for _, v := range versions {
		if n, ok := parseVersion(v); ok {
			releases = append(releases, n)
		}
	}
	sort.Slice(releases, func(i, j int) bool { return less(releases[j], releases[i]) })
	for _, n := range releases {
		v := fmt.Sprintf("v%d.%d.%d", n[0], n[1], n[2])
		_, t, err := mods.Info(mod, v)
		if err != nil {
			return "", err
		}
		if t.Before(cutoff) {
			return v, nil
		}
	}
	return "", fmt.Errorf("%s: no version released before %s", mod, cutoff.UTC().Format(time.RFC3339))
}

// parseVersion parses a release version vMAJOR.MINOR.PATCH; pre-releases
// and pseudo-versions are not releases.
func parseVersion(v string) ([3]int, bool) {
	var n [3]int
	parts := strings.Split(strings.TrimPrefix(v, "v"), ".")
	if len(parts) != 3 || !strings.HasPrefix(v, "v") {
		return n, false
	}
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || x < 0 {
			return n, false
		}
		n[i] = x
	}
	return n, true
}

func less(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// Specs lists the release's module@version pairs, sorted.
func (r *Release) Specs() []string {
	specs := make([]string, 0, len(r.Versions))
	for mod, v := range r.Versions {
		specs = append(specs, mod+"@"+v)
	}
	sort.Strings(specs)
	return specs
}

// GoCommand answers Modules questions with the go command run in the module
// directory Dir, so the proxy, GOFLAGS and the module cache apply as usual.
type GoCommand struct {
	Dir string
	// Env is added to the environment (e.g. GOPROXY=off in tests).
	Env []string
}

func (g GoCommand) run(args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = g.Dir
	cmd.Env = append(os.Environ(), g.Env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s (in %s): %w: %s", strings.Join(args, " "), g.Dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// Info implements Modules with `go list -m -json`.
func (g GoCommand) Info(module, query string) (string, time.Time, error) {
	arg := module
	if query != "" {
		arg += "@" + query
	}
	out, err := g.run("list", "-m", "-json", arg)
	if err != nil {
		return "", time.Time{}, err
	}
	var info struct {
		Version string
		Time    *time.Time
	}
	if err := json.Unmarshal(out, &info); err != nil {
		return "", time.Time{}, fmt.Errorf("go list -m -json %s: %w", arg, err)
	}
	if info.Version == "" || info.Time == nil {
		return "", time.Time{}, fmt.Errorf("go list -m -json %s: no version or time (is %s required by %s/go.mod?)", arg, module, g.Dir)
	}
	return info.Version, *info.Time, nil
}

// Versions implements Modules with `go list -m -versions`.
func (g GoCommand) Versions(module string) ([]string, error) {
	out, err := g.run("list", "-m", "-versions", module)
	if err != nil {
		return nil, err
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 {
		return nil, fmt.Errorf("go list -m -versions %s: no versions", module)
	}
	return fields[1:], nil
}

// Get implements Modules with `go get`, which updates go.mod and go.sum.
func (g GoCommand) Get(specs []string) error {
	_, err := g.run(append([]string{"get"}, specs...)...)
	return err
}
