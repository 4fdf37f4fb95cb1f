package main

import (
	"io"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/sdkupdate"
)

// driftPR is everything .github/workflows/api-drift.yml does before it
// opens the pull request, so it can run (and be tested) without GitHub.
func driftPR(c *cli.Context) error {
	sf := addSyncFlags(c.Flags)
	pr := sdkupdate.PR{Generate: "go generate ./...", Test: "scripts/test.sh", Body: "drift.md"}
	pr.DefineFlags(c.Flags)
	if err := c.Parse(0); err != nil {
		return err
	}
	return runDriftPR(sf, pr, nil, c.Stderr)
}

// runDriftPR runs the update with this repository's models directory as
// the old side (mods nil: the go command in sf.moduleDir).
func runDriftPR(sf syncFlags, pr sdkupdate.PR, mods modelset.Modules, stderr io.Writer) error {
	pr.Sync = sf.sync(mods)
	pr.Rerun = "go run ./internal/cmd/maint drift-pr"
	return pr.Run(stderr)
}
