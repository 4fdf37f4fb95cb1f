package main

import (
	"errors"
	"fmt"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/internal/cli"
)

func generate(c *cli.Context) error {
	models, services := c.ModelFlags()
	out := c.Flags.String("out", "gen", "output directory")
	module := c.Flags.String("module", "", "directory whose go.mod pins the aws-sdk-go-v2 versions to generate for (default: the module enclosing -out)")
	tmpl := c.Flags.String("templates", "", "directory whose skeleton.go.tmpl and client.go.tmpl replace the embedded test skeleton templates (see templates/README.md)")
	fixtures := c.FixturesFlag()
	skeletons := c.Flags.Bool("skeletons", true, "create the user-owned parity test skeletons and client_test.go files that are missing")
	check := c.Flags.Bool("check", false, "write nothing; exit 1 and list missing, stale and different files (with a diff) and debris of an interrupted run, unless the output is current")
	verbose := c.Flags.Bool("v", false, "print per-phase timings and peak memory")
	noCache := c.Flags.Bool("no-cache", false, "regenerate even when models, go.mod and generator are unchanged since the last run into -out")
	version := c.Flags.Bool("version", false, "print the generator's version and exit")
	if err := c.Parse(0); err != nil {
		return err
	}
	if *version {
		_, err := fmt.Fprintln(c.Stdout, cli.Version())
		return err
	}
	res, err := engine.Run(engine.Options{Models: *models, Services: *services, Out: *out, ModuleDir: *module, Templates: *tmpl, Fixtures: *fixtures, NoSkeletons: !*skeletons, Check: *check, Log: c.Stderr,
		Progress: cli.Terminal(c.Stderr), NoCache: *noCache})
	var unknown *load.UnknownServicesError
	if errors.As(err, &unknown) && len(*models) == 0 {
		return fmt.Errorf("%w\n(the embedded models hold only the default services; for any other service pass its model with -models: a Smithy JSON AST file from aws-sdk-go-v2's codegen/sdk-codegen/aws-models, or botocore's data directory)", err)
	}
	if err != nil {
		return err
	}
	if *verbose {
		if err := res.WriteTimings(c.Stderr); err != nil {
			return err
		}
	}
	for _, o := range res.Orphans {
		fmt.Fprintf(c.Stderr, "skeleton %s: its operation is no longer in the model; delete it when you no longer need it\n", o)
	}
	if *check {
		for _, ch := range res.Changes {
			fmt.Fprintf(c.Stdout, "%s\t%s\n", ch.Kind, ch.Path)
		}
		for _, ch := range res.Changes {
			fmt.Fprint(c.Stdout, ch.Diff)
		}
		if len(res.Changes) > 0 {
			return cli.ErrSilent
		}
		fmt.Fprintf(c.Stderr, "%s is current (%d services, %d files)\n", *out, res.Services, res.Files)
		return nil
	}
	fmt.Fprintf(c.Stderr, "generated %d services into %s: %d files, %d written\n", res.Services, *out, res.Files, res.Written)
	return nil
}
