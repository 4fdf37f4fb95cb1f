// Command paritypage writes the parity page (docs/parity.md and
// docs/parity.html) from the results a run of internal/parity left in a
// directory (AWSPARITY_PARITY_OUT), with what answers each operation the
// in-process runs called (generator/coverage on the fakes they bound), and
// fails when a difference has no declared gap or a declared gap matches
// nothing.
//
//	go run ./internal/parity/cmd/paritypage -in DIR [-md docs/parity.md] [-html docs/parity.html]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/awsparity/awsparity/internal/parity"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "paritypage:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("paritypage", flag.ContinueOnError)
	in := fs.String("in", "", "directory with the suite's results (required)")
	md := fs.String("md", "docs/parity.md", "markdown page to write")
	html := fs.String("html", "docs/parity.html", "HTML page to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *in == "" {
		return fmt.Errorf("-in DIR is required")
	}
	results, err := parity.Load(*in)
	if err != nil {
		return err
	}
	r := parity.Build(results)
	// Who answers each operation in process: generator/coverage, run on
	// the fakes' packages from the current directory (the module root).
	if err := r.Analyze(""); err != nil {
		return err
	}
	// Render both before writing either, so a failure leaves no half page.
	var mdBuf, htmlBuf bytes.Buffer
	if err := r.Markdown(&mdBuf); err != nil {
		return err
	}
	if err := r.HTML(&htmlBuf); err != nil {
		return err
	}
	if err := os.WriteFile(*md, mdBuf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(*html, htmlBuf.Bytes(), 0o644); err != nil {
		return err
	}
	for _, tg := range r.Targets {
		fmt.Fprintf(os.Stderr, "paritypage: %s: %d real gaps\n", tg, len(r.Gaps[tg]))
	}
	if problems := r.Problems(); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "paritypage:", p)
		}
		return fmt.Errorf("%d problems: the page is written, but the suite's claim does not hold", len(problems))
	}
	return nil
}
