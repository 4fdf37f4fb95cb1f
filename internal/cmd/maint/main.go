// Command maint is this repository's own automation, apart from the
// generator users run (cmd/gen):
//
//	go run ./internal/cmd/maint models-sync   # refresh models/ and go.mod's SDK pins
//	go run ./internal/cmd/maint drift-pr      # the weekly API update (.github/workflows/api-drift.yml)
//	go run ./internal/cmd/maint services      # docs/services.md
//
// Its defaults are this repository's layout (models/, scripts/test.sh).
package main

import (
	"os"

	"github.com/awsparity/awsparity/internal/cli"
)

// program is maint's command table: adding a command is adding a row.
var program = cli.Program{
	Name: "maint",
	Commands: []cli.Command{
		{Name: "models-sync", Summary: "refresh models/ from aws-sdk-go-v2's Smithy models at the release matching the SDK modules go.mod pins (or from botocore)", Run: modelsSync},
		{Name: "drift-pr", Summary: "the weekly API update: sync models and go.mod from upstream, regenerate, build, vet, test, and write the PR body with the drift report", Run: driftPR},
		{Name: "services", Summary: "print docs/services.md: per service, operations, resources found by kind, fixtures emitted and ready without options, recipes missing; -readme rewrites README's resources table", Run: servicesTable},
	},
}

func main() {
	os.Exit(program.Main(os.Args[1:], os.Stdout, os.Stderr))
}
