package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/awsparity/awsparity/generator/coverage"
)

func init() {
	commands["coverage"] = command{
		summary: "report which operations an implementation of the generated stubs overrides (markdown; -html for a static page)",
		run:     coverageCommand,
	}
}

func coverageCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	htmlOut := fs.String("html", "", "also write the report as a static HTML page to this file")
	mdOut := fs.String("o", "", "write the markdown report to this file instead of standard output")
	dir := fs.String("C", "", "resolve packages in this directory (default: the current one)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: gen coverage [flags] <import path or package pattern>...\n\n"+
			"Reports, per service, the operations each type embedding a generated UnimplementedServer\n"+
			"overrides and the ones still answered NotImplemented, decided statically with go/types.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	report, err := coverage.Analyze(*dir, fs.Args()...)
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
	_, err = stdout.Write(md.Bytes())
	return err
}
