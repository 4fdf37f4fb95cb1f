// Command gen generates awsparity's Go helpers (operation stubs, fixtures,
// snapshot transformers and parity test skeletons) from AWS API models.
//
//	go run github.com/awsparity/awsparity/cmd/gen -services sqs,dynamodb -out ./awstest
//
// With no flags it regenerates this repository's gen/ from the embedded
// default models. Subcommands: models sync, resources, drift, coverage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/awsparity/awsparity/generator/engine"
)

// command is a subcommand; files of this package register theirs in init.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// errCheckFailed makes -check exit 1 without printing an error line.
var errCheckFailed = errors.New("generated files are not current")

func main() {
	// Generation allocates much and keeps little: collecting less often
	// saves about a tenth of the 402-service run, and its peak heap stays
	// under 1 GiB (measured 670-830 MiB). GOGC, when set, still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.Is(err, errCheckFailed):
		return 1
	default:
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
}

func dispatch(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name := args[0]
		if len(args) > 1 && name == "models" {
			name += " " + args[1]
			args = args[1:]
		}
		c, ok := commands[name]
		if !ok {
			return fmt.Errorf("unknown command %q (commands: %s)", name, strings.Join(commandNames(), ", "))
		}
		return c.run(args[1:], stdout, stderr)
	}
	return generate(args, stdout, stderr)
}

// terminal returns w when it is a terminal, for progress lines that would
// only clutter logs and pipes; nil otherwise.
func terminal(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			return w
		}
	}
	return nil
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// listFlag is a repeatable flag whose values may also be comma-separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// modelFlags registers the model-selection flags every command shares.
func modelFlags(fs *flag.FlagSet) (models, services *listFlag) {
	models, services = new(listFlag), new(listFlag)
	fs.Var(models, "models", "model file or directory, Smithy JSON AST or botocore JSON (repeatable; default: the embedded default models)")
	fs.Var(services, "services", "services to use, by sdkId or package name, comma-separated, or all (default: the default set)")
	return models, services
}

func generate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	models, services := modelFlags(fs)
	out := fs.String("out", "gen", "output directory")
	module := fs.String("module", "", "directory whose go.mod pins the aws-sdk-go-v2 versions to generate for (default: the module enclosing -out)")
	tmpl := fs.String("templates", "", "directory whose skeleton.go.tmpl and client.go.tmpl replace the embedded test skeleton templates (see templates/README.md)")
	fixtures := fs.String("fixtures", "", "fixtures file in models/fixtures.json's format (see models/FIXTURES.md) replacing the embedded one")
	skeletons := fs.Bool("skeletons", true, "create the user-owned parity test skeletons and client_test.go files that are missing")
	check := fs.Bool("check", false, "write nothing; exit 1 and list missing, stale and different files (with a diff) unless the output is current")
	verbose := fs.Bool("v", false, "print per-phase timings and peak memory")
	noCache := fs.Bool("no-cache", false, "regenerate even when models, go.mod and generator are unchanged since the last run into -out")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: gen [flags]\n       gen <command> [flags]  (%s)\n\nflags:\n", strings.Join(commandNames(), ", "))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	res, err := engine.Run(engine.Options{Models: *models, Services: *services, Out: *out, ModuleDir: *module, Templates: *tmpl, Fixtures: *fixtures, NoSkeletons: !*skeletons, Check: *check, Log: stderr,
		Progress: terminal(stderr), NoCache: *noCache})
	if err != nil {
		return err
	}
	if *verbose {
		if err := res.WriteTimings(stderr); err != nil {
			return err
		}
	}
	for _, o := range res.Orphans {
		fmt.Fprintf(stderr, "skeleton %s: its operation is no longer in the model; delete it when you no longer need it\n", o)
	}
	if *check {
		for _, c := range res.Changes {
			fmt.Fprintf(stdout, "%s\t%s\n", c.Kind, c.Path)
		}
		for _, c := range res.Changes {
			fmt.Fprint(stdout, c.Diff)
		}
		if len(res.Changes) > 0 {
			return errCheckFailed
		}
		fmt.Fprintf(stderr, "%s is current (%d services, %d files)\n", *out, res.Services, res.Files)
		return nil
	}
	fmt.Fprintf(stderr, "generated %d services into %s: %d files, %d written\n", res.Services, *out, res.Files, res.Written)
	return nil
}
