package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

func init() {
	commands["resources"] = command{
		summary: "list the top-level resources fixtures are generated for (sdkId, resource, create, delete, identifier), or -table for docs/resources.md",
		run:     listResources,
	}
}

func listResources(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("resources", flag.ContinueOnError)
	fs.SetOutput(stderr)
	models, services := modelFlags(fs)
	table := fs.Bool("table", false, "print a Markdown table per service (resources found, fixtures ready without options) instead of one line per resource")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	svcs, _, err := engine.Load(engine.Options{Models: *models, Services: *services, Out: "."})
	if err != nil {
		return err
	}
	ov, err := resources.Default()
	if err != nil {
		return err
	}
	for _, svc := range svcs {
		if err := ov.Check(svc); err != nil {
			return err
		}
	}
	if *table {
		return writeTable(stdout, svcs, ov)
	}
	for _, svc := range svcs {
		for _, r := range resources.Detect(svc, ov) {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%s\n", svc.SDKID, r.Name, r.Create, r.Delete, r.Identifier)
		}
	}
	return nil
}

// writeTable prints the per-service summary kept in docs/resources.md. A
// fixture is "ready" when every required member has a unique name or a
// recipe, so it works with no options.
func writeTable(w io.Writer, svcs []*ir.Service, ov *resources.Overrides) error {
	fmt.Fprintln(w, "| service | resources found | fixtures emitted | ready without options | fixtures (* = needs options) |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|")
	var found, ready int
	for _, svc := range svcs {
		detected := resources.Detect(svc, ov)
		var names []string
		n := 0
		for i := range detected {
			r := &detected[i]
			name := svc.Go.TestPackage + "." + r.Fixture()
			if len(r.Unset(svc)) == 0 {
				n++
			} else {
				name += "*"
			}
			names = append(names, name)
		}
		found += len(detected)
		ready += n
		fmt.Fprintf(w, "| %s | %d | %d | %d | %s |\n", svc.SDKID, len(detected), len(detected), n, strings.Join(names, ", "))
	}
	_, err := fmt.Fprintf(w, "| **total** | **%d** | **%d** | **%d** | |\n", found, found, ready)
	return err
}
