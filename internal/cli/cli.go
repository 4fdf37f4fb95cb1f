// Package cli is the command table both of awsparity's programs are built
// from: cmd/gen, the user's generator, and internal/cmd/maint, this
// repository's own automation. A program is a list of commands; adding one
// is adding a row. Every command parses its flags the same way: -h prints
// its usage and exits 0, a bad flag or argument count exits 2, an error
// exits 1 after one "<program>: <error>" line.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Command is one row of a program's table.
type Command struct {
	Name string
	// Args is the synopsis of the positional arguments ("OLD NEW"); "" for
	// none.
	Args string
	// Summary is one line for the program's usage.
	Summary string
	// Run defines its flags on c.Flags, calls c.Parse, and does its work.
	Run func(c *Context) error
}

// Program is a named table of commands. Default, when set, names the
// command run when the first argument is a flag or there is none.
type Program struct {
	Name     string
	Default  string
	Commands []Command
}

// Context is what a command runs with.
type Context struct {
	Flags          *flag.FlagSet
	Stdout, Stderr io.Writer
	// Program is the program's name, for messages ("gen").
	Program string

	args []string
}

// RawArgs are the command's arguments as given, flags included, for a
// header saying how an output was made.
func (c *Context) RawArgs() []string { return c.args }

// ErrSilent makes a command exit 1 without an error line: it said why
// itself (gen -check listing what differs).
var ErrSilent = errors.New("silent failure")

// errUsage is a misuse the command's usage was printed for: exit 2.
var errUsage = errors.New("usage")

// Parse parses the command's flags. nargs is the number of positional
// arguments it takes: -1 any number, -2 at least one.
func (c *Context) Parse(nargs int) error {
	if err := c.Flags.Parse(c.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage // the flag package printed the error and the usage
	}
	n := c.Flags.NArg()
	switch {
	case nargs == -1, nargs == -2 && n > 0, nargs == n:
		return nil
	case nargs == 0:
		fmt.Fprintf(c.Stderr, "unexpected arguments %q\n", c.Flags.Args())
	default:
		fmt.Fprintf(c.Stderr, "wrong number of arguments: %d\n", n)
	}
	c.Flags.Usage()
	return errUsage
}

// Main runs the command args name and returns the process exit code.
func (p Program) Main(args []string, stdout, stderr io.Writer) int {
	name := p.Default
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if name == "help" || name == "" {
		p.usage(stdout)
		return 0
	}
	cmd, ok := p.command(name)
	if !ok {
		fmt.Fprintf(stderr, "%s: unknown command %q\n\n", p.Name, name)
		p.usage(stderr)
		return 2
	}
	fs := flag.NewFlagSet(p.Name+" "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		synopsis := p.Name
		if name != p.Default {
			synopsis += " " + name
		}
		fmt.Fprintln(stderr, strings.TrimSpace("usage: "+synopsis+" [flags] "+cmd.Args))
		if name == p.Default {
			fmt.Fprintf(stderr, "       %s <command> [flags] [arguments]\n", p.Name)
		}
		fmt.Fprintf(stderr, "\n%s\n", cmd.Summary)
		if name == p.Default {
			fmt.Fprintln(stderr)
			p.commands(stderr)
		}
		fmt.Fprintf(stderr, "\nflags:\n")
		fs.PrintDefaults()
	}
	err := cmd.Run(&Context{Flags: fs, Stdout: stdout, Stderr: stderr, Program: p.Name, args: args})
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, ErrSilent):
		return 1
	}
	fmt.Fprintf(stderr, "%s: %v\n", p.Name, err)
	return 1
}

func (p Program) command(name string) (Command, bool) {
	for _, c := range p.Commands {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}

func (p Program) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: %s <command> [flags] [arguments]\n", p.Name)
	if p.Default != "" {
		fmt.Fprintf(w, "       %s [flags]   (runs %s)\n", p.Name, p.Default)
	}
	fmt.Fprintln(w)
	p.commands(w)
	fmt.Fprintf(w, "\n%q lists a command's flags.\n", p.Name+" <command> -h")
}

func (p Program) commands(w io.Writer) {
	fmt.Fprintln(w, "commands:")
	for _, c := range p.Commands {
		fmt.Fprintf(w, "  %-12s %s\n", c.Name, c.Summary)
	}
}

// List is a repeatable flag whose values may also be comma-separated.
type List []string

func (l *List) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated values of v.
func (l *List) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// ModelFlags registers the model-selection flags the commands that read
// models share.
func (c *Context) ModelFlags() (models, services *List) {
	models, services = new(List), new(List)
	c.Flags.Var(models, "models", "model file or directory, Smithy JSON AST or botocore JSON (repeatable; default: the embedded default models)")
	c.Flags.Var(services, "services", "services to use, by sdkId or package name, comma-separated, or all (default: the default set)")
	return models, services
}

// FixturesFlag registers -fixtures, the fixtures file every command that
// finds resources takes.
func (c *Context) FixturesFlag() *string {
	return c.Flags.String("fixtures", "", "fixtures file in models/fixtures.json's format (see models/FIXTURES.md) replacing the embedded one")
}

// Terminal returns w when it is a terminal, for progress lines that would
// only clutter logs and pipes; nil otherwise.
func Terminal(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			return w
		}
	}
	return nil
}

// Env returns the environment variable key, or def when it is unset.
func Env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
