package main

import (
	"io"
	"os"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/sdkupdate"
)

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

// runDriftPR runs the update with this repository's models directory as
// the old side (mods nil: the go command in sf.moduleDir).
func runDriftPR(sf syncFlags, o prOptions, mods modelset.Modules, stderr io.Writer) error {
	return sdkupdate.PR{
		Sync:     sf.sync(mods),
		Generate: o.generate, Test: o.test, Body: o.body, JSON: o.json, GitHubOutput: o.output,
		Rerun: "go run ./internal/cmd/maint drift-pr",
	}.Run(stderr)
}
