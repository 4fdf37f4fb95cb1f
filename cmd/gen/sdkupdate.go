package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/driftreport"
	"github.com/awsparity/awsparity/internal/sdkupdate"
	"github.com/awsparity/awsparity/models"
)

// sdkUpdate is the weekly update for a user's module, which has no models
// directory to move: the models of the release go.mod pins are fetched first
// as the old side, then the new release's, and go.mod moves with them. The
// reusable workflow .github/workflows/sdk-update.yml runs it.
func sdkUpdate(c *cli.Context) error {
	fs := c.Flags
	services := new(cli.List)
	fs.Var(services, "services", "services by sdkId (default: every aws-sdk-go-v2 service module go.mod requires directly that the default model set has)")
	moduleDir := fs.String("module", ".", "directory of the go.mod whose aws-sdk-go-v2 service modules are bumped")
	upstream := fs.String("upstream", cli.Env(modelset.UpstreamEnv, modelset.DefaultUpstream),
		"URL prefix (http, https, file) or directory holding <sdk-id>.json; {release} is replaced by the release tag (env "+modelset.UpstreamEnv+")")
	release := fs.String("release", cli.Env("AWSPARITY_RELEASE", modelset.ReleaseLatest),
		"aws-sdk-go-v2 release to move to: latest, or a tag release-YYYY-MM-DD (env AWSPARITY_RELEASE)")
	pr := sdkupdate.PR{Generate: "go generate ./...", Test: "go test ./...", Body: "sdk-update.md"}
	pr.DefineFlags(fs)
	if err := c.Parse(0); err != nil {
		return err
	}
	ids := []string(*services)
	if len(ids) == 0 {
		var err error
		if ids, err = pinnedSDKIDs(*moduleDir); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "awsparity-sdk-update-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	sync := sdkupdate.Sync{Dir: filepath.Join(tmp, "models"), Upstream: *upstream, Release: modelset.ReleasePinned, ModuleDir: *moduleDir, SDKIDs: ids}
	if _, err := sync.Run(c.Stderr); err != nil {
		return fmt.Errorf("fetching the models of the SDK release go.mod pins: %w", err)
	}
	sync.Release = *release
	pr.Sync = sync
	pr.Rerun = "go run github.com/awsparity/awsparity/cmd/gen@" + moduleVersion() + " sdk-update"
	return pr.Run(c.Stderr)
}

// pinnedSDKIDs are the sdkIds of the default model set whose aws-sdk-go-v2
// service module dir's go.mod requires directly: the services the module
// uses, not those the SDK's config module brings along (sts, sso).
func pinnedSDKIDs(dir string) ([]string, error) {
	file := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	f, err := modfile.Parse(file, data, nil)
	if err != nil {
		return nil, err
	}
	known, err := driftreport.ManifestSDKIDs(models.FS)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, id := range known {
		mod := modelset.SDKModule(id)
		if slices.ContainsFunc(f.Require, func(r *modfile.Require) bool { return r.Mod.Path == mod && !r.Indirect }) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s requires no aws-sdk-go-v2 service module of the default model set (%s); name the services with -services",
			file, strings.Join(known, ", "))
	}
	return ids, nil
}

// moduleVersion is the generator's module version, v0.1.0 when run as
// `go run …/cmd/gen@v0.1.0`, for a command line that reproduces this run.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && strings.HasPrefix(info.Main.Version, "v") {
		return info.Main.Version
	}
	return "latest"
}
