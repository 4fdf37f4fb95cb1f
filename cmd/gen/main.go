// Command gen generates awsparity's Go helpers (operation stubs, fixtures,
// snapshot transformers and parity test skeletons) from AWS API models.
//
//	go run github.com/awsparity/awsparity/cmd/gen -services sqs,dynamodb -out ./awstest
//
// With no flags it regenerates this repository's gen/ from the embedded
// default models. Other commands: resources, drift, coverage (gen help
// lists them). This repository's own automation (model sync, the weekly
// drift PR, docs) is internal/cmd/maint, not part of what users run.
package main

import (
	"os"
	"runtime/debug"

	"github.com/awsparity/awsparity/internal/cli"
)

// program is gen's command table: adding a command is adding a row.
var program = cli.Program{
	Name:    "gen",
	Default: "generate",
	Commands: []cli.Command{
		{Name: "generate", Summary: "generate (or -check) the helper packages of the chosen services into -out", Run: generate},
		{Name: "resources", Summary: "list the top-level resources fixtures are generated for, or -table for a Markdown summary", Run: listResources},
		{Name: "drift", Args: "OLD NEW", Summary: "compare two model sets (files, directories or 'embedded') and report API changes as Markdown or JSON", Run: driftCmd},
		{Name: "sdk-update", Summary: "your repository's weekly SDK update: bump the aws-sdk-go-v2 service modules go.mod pins, regenerate, report the API drift, build, vet, test, write the PR body", Run: sdkUpdate},
		{Name: "coverage", Args: "PACKAGE...", Summary: "report which operations an implementation of the generated stubs overrides (Markdown; -html for a page)", Run: coverageCommand},
		{Name: "sweep", Summary: "list (and with -delete, delete) resources test runs left behind, with the generated Sweep of every helper package under -out", Run: sweepCmd},
	},
}

func main() {
	// Generation allocates much and keeps little: collecting less often
	// saves about a tenth of the 402-service run, and its peak heap stays
	// under 1 GiB (measured 670-830 MiB). GOGC, when set, still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(program.Main(os.Args[1:], os.Stdout, os.Stderr))
}
