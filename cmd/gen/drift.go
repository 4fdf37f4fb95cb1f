package main

import (
	"os"

	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/driftreport"
)

// driftCmd compares two model sets; OLD and NEW are model files or
// directories (Smithy JSON AST or botocore JSON) or "embedded".
func driftCmd(c *cli.Context) error {
	services := new(cli.List)
	c.Flags.Var(services, "services", "services to compare, by sdkId or package name (default: the services of the manifests of OLD and NEW, else of the embedded default set)")
	module := c.Flags.String("module", ".", `directory of the go.mod whose pinned SDK names Go types and generated files; "" for prediction from the models alone`)
	oldModule := c.Flags.String("old-module", "", "directory of the go.mod pinning the SDK the OLD models were generated for (default: -module). "+
		"With one SDK for both sides, a field it has gets the same Go type on both, so a model type change shows but is not flagged as breaking")
	limit := c.Flags.Int("limit", 0, "cap the markdown at this many bytes (GitHub PR bodies hold 65536); 0 for no cap")
	asJSON := c.Flags.Bool("json", false, "write the report as JSON instead of markdown")
	out := c.Flags.String("o", "", "write the report to this file instead of stdout")
	if err := c.Parse(2); err != nil {
		return err
	}
	oldArg, newArg := c.Flags.Arg(0), c.Flags.Arg(1)
	report, err := driftreport.Compare(oldArg, oldArg, newArg, newArg,
		driftreport.Options{Services: *services, ModuleDir: *module, OldModuleDir: *oldModule})
	if err != nil {
		return err
	}
	var data []byte
	if *asJSON {
		if data, err = driftreport.JSON(report); err != nil {
			return err
		}
	} else {
		data = report.Markdown(*limit)
	}
	if *out == "" {
		_, err = c.Stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}
