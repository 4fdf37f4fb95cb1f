package main

import (
	"bytes"
	"os"

	"github.com/awsparity/awsparity/generator/coverage"
	"github.com/awsparity/awsparity/internal/cli"
)

// coverageCommand reports, per service, the operations each type embedding
// a generated UnimplementedServer overrides and the ones still answered
// NotImplemented, decided statically with go/types.
func coverageCommand(c *cli.Context) error {
	htmlOut := c.Flags.String("html", "", "also write the report as a static HTML page to this file")
	mdOut := c.Flags.String("o", "", "write the markdown report to this file instead of standard output")
	dir := c.Flags.String("C", "", "resolve packages in this directory (default: the current one)")
	if err := c.Parse(-2); err != nil {
		return err
	}
	report, err := coverage.Analyze(*dir, c.Flags.Args()...)
	if err != nil {
		return err
	}
	var md bytes.Buffer
	if err := report.WriteMarkdown(&md); err != nil {
		return err
	}
	if *htmlOut != "" {
		var page bytes.Buffer
		if err := report.WriteHTML(&page); err != nil {
			return err
		}
		if err := os.WriteFile(*htmlOut, page.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if *mdOut != "" {
		return os.WriteFile(*mdOut, md.Bytes(), 0o644)
	}
	_, err = c.Stdout.Write(md.Bytes())
	return err
}
