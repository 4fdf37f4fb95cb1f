package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/awsparity/awsparity/internal/cli"
)

// sweepFile is the generated file that holds a helper package's Sweep.
const sweepFile = "zz_generated.sweep.go"

func sweepCmd(c *cli.Context) error {
	out := c.Flags.String("out", "gen", "directory holding the generated helper packages (inside a Go module)")
	services := new(cli.List)
	c.Flags.Var(services, "services", "helper packages to sweep, by service package name (dynamodb,s3), comma-separated (default: all with a Sweep)")
	del := c.Flags.Bool("delete", false, "delete what is found; without it the sweep only lists")
	confirmAWS := c.Flags.Bool("aws", false, "second confirmation, beside TEST_TARGET=AWS_CLOUD, to sweep a real AWS account")
	prefix := c.Flags.String("prefix", "", "sweep names starting with this prefix instead of the fixtures' awsparity-")
	if err := c.Parse(0); err != nil {
		return err
	}
	stdout, stderr := c.Stdout, c.Stderr
	pkgs, err := sweepPackages(*out, *services)
	if err != nil {
		return err
	}
	var opts []string
	if *del {
		opts = append(opts, "sweep.Delete()")
	}
	if *confirmAWS {
		opts = append(opts, "sweep.ConfirmAWS()")
	}
	if *prefix != "" {
		opts = append(opts, "sweep.Prefix("+strconv.Quote(*prefix)+")")
	}
	var prog bytes.Buffer
	if err := sweepMain.Execute(&prog, map[string]any{"Packages": pkgs, "Options": strings.Join(opts, ", ")}); err != nil {
		return err
	}
	// The program must live inside the module to import its helper
	// packages; "_" keeps it out of ./... while it exists.
	dir, err := os.MkdirTemp(*out, "_awsparity_sweep")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), prog.Bytes(), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("go", "run", ".")
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, stdout, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("sweep program: %w", err)
	}
	return nil
}

// sweepPackage is a helper package with a Sweep and the SDK client it takes.
type sweepPackage struct {
	Helper, SDK, Name string
}

// sweepPackages finds the helper packages under out that have a Sweep,
// with their import paths from the go tool and the SDK package their
// Sweep's client comes from.
func sweepPackages(out string, only []string) ([]sweepPackage, error) {
	cmd := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{.Dir}}", "./...")
	cmd.Dir = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	listing, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list in %s: %v: %s", out, err, bytes.TrimSpace(stderr.Bytes()))
	}
	want := map[string]bool{}
	for _, s := range only {
		want[s] = true
	}
	var pkgs []sweepPackage
	for _, line := range strings.Split(strings.TrimSpace(string(listing)), "\n") {
		importPath, dir, ok := strings.Cut(line, "\t")
		file := filepath.Join(dir, sweepFile)
		if !ok {
			continue
		}
		if _, err := os.Stat(file); err != nil {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if sdk, ok := strings.CutPrefix(p, "github.com/aws/aws-sdk-go-v2/service/"); ok && !strings.Contains(sdk, "/") {
				if len(only) == 0 || want[sdk] {
					pkgs = append(pkgs, sweepPackage{Helper: importPath, SDK: p, Name: sdk})
					delete(want, sdk)
				}
			}
		}
	}
	if len(want) > 0 {
		var missing []string
		for s := range want {
			missing = append(missing, s)
		}
		sort.Strings(missing)
		return nil, fmt.Errorf("no helper package with a Sweep under %s for %s", out, strings.Join(missing, ", "))
	}
	if len(pkgs) == 0 {
		return nil, errors.New("no helper package with a Sweep under " + out)
	}
	return pkgs, nil
}

var sweepMain = template.Must(template.New("sweep").Option("missingkey=error").Parse(`// Command sweep is written and run by gen sweep, then removed.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/awsparity/awsparity/runtime/sweep"
	"github.com/awsparity/awsparity/runtime/target"
{{range $i, $p := .Packages}}
	sdk{{$i}} "{{$p.SDK}}"
	helper{{$i}} "{{$p.Helper}}"
{{- end}}
)

func main() {
	ctx := context.Background()
	cfg, desc, err := target.Load(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sweep:", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "sweep: target", desc)
	opts := []sweep.Option{ {{- .Options -}} }
	failed := false
	report := func(found []sweep.Found, err error) {
		for _, f := range found {
			fmt.Println(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
		}
	}
{{- range $i, $p := .Packages}}
	report(helper{{$i}}.Sweep(ctx, sdk{{$i}}.NewFromConfig(cfg), opts...))
{{- end}}
	if failed {
		os.Exit(1)
	}
}
`))
