package golang

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// defaultServices are the SDK packages pinned in this repository's go.mod
// that awsparity generates for by default.
var defaultServices = []string{
	"acm", "apigateway", "cloudformation", "cloudwatch", "cloudwatchlogs", "dynamodb",
	"dynamodbstreams", "ec2", "eventbridge", "firehose", "iam", "kinesis", "kms", "lambda",
	"opensearch", "redshift", "route53", "s3", "secretsmanager", "ses", "sfn", "sns", "sqs",
	"ssm", "sts",
}

// sharedSmithyModels is the folder of Smithy models beside the checkout.
func sharedSmithyModels(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("AWSPARITY_SHARED_MODELS")
	if dir == "" {
		dir = filepath.Join(repoRoot(tb), "..", "shared", "models", "smithy")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("shared Smithy models not found at %s (set AWSPARITY_SHARED_MODELS): %v", dir, err)
	}
	return dir
}

// sdkPackages reads the pinned SDK source of the given packages.
func sdkPackages(tb testing.TB, pkgs []string) map[string]*sdksrc.Package {
	tb.Helper()
	paths := make([]string, len(pkgs))
	for i, p := range pkgs {
		paths[i] = sdkModulePrefix + p
	}
	mods, err := sdksrc.Locate(context.Background(), repoRoot(tb), paths...)
	if err != nil {
		tb.Fatal(err)
	}
	cache := tb.TempDir()
	out := map[string]*sdksrc.Package{}
	for _, p := range pkgs {
		mod, ok := mods[sdkModulePrefix+p]
		if !ok {
			tb.Fatalf("%s is not pinned in go.mod", p)
		}
		pkg, err := sdksrc.Load(mod, cache)
		if err != nil {
			tb.Fatal(err)
		}
		out[p] = pkg
	}
	return out
}

// crossCheck tallies a comparison of predicted names and types with the SDK.
type crossCheck struct {
	compared, explained, modelOnly, enumsCompared int
	unexplained                                   []string
}

func (c *crossCheck) fail(format string, args ...any) {
	c.unexplained = append(c.unexplained, fmt.Sprintf(format, args...))
}

// fields compares the members of sh, predicted, with the SDK struct.
func (c *crossCheck) fields(svc *ir.Service, ty *typer, sh *ir.Shape, fields []sdksrc.Field, where string) {
	if sh == nil {
		return
	}
	for _, m := range sh.Members {
		if m.Go.Skip {
			if _, ok := sdksrc.FieldNamed(fields, ExportName(m.Name)); ok {
				c.fail("%s: %s.%s predicted without a field (event stream), but the SDK has one", svc.SDKID, where, m.Name)
			}
			continue
		}
		f, ok := sdksrc.FieldNamed(fields, m.Go.FieldName)
		if !ok {
			// Gone from the newer SDK is fine; a differently spelled field is a naming bug.
			for _, sf := range fields {
				if strings.EqualFold(strings.TrimSuffix(sf.Name, "_"), strings.TrimSuffix(m.Go.FieldName, "_")) {
					c.fail("%s: %s.%s named %s, SDK %s", svc.SDKID, where, m.Name, m.Go.FieldName, sf.Name)
				}
			}
			c.modelOnly++
			continue
		}
		c.compared++
		if ty.applied[m] != nil {
			c.explained++
		}
		if got := m.Go.Type.String(); got != f.Type {
			c.fail("%s: %s.%s predicted %s, SDK %s", svc.SDKID, where, m.Go.FieldName, got, f.Type)
		}
	}
}

func (c *crossCheck) service(svc *ir.Service, pkg *sdksrc.Package) {
	ty := newTyper(svc)
	// Re-type every member to learn which customization decided it.
	for _, sh := range svc.Shapes {
		for _, m := range sh.Members {
			ty.memberType(sh, m, directions(svc)[sh])
		}
	}
	for _, op := range svc.Operations {
		sop := pkg.Operations[op.Go.Method]
		if sop == nil {
			continue // removed since the model: not a naming question
		}
		c.fields(svc, ty, op.Input, sop.Input, op.Go.InputType)
		c.fields(svc, ty, op.Output, sop.Output, op.Go.OutputType)
	}
	dirs := directions(svc)
	for _, sh := range reachable(svc) {
		if _, isOp := dirs[sh]; isOp {
			continue
		}
		switch sh.Kind {
		case ir.KindStructure:
			if s := pkg.Structs[sh.Go.TypeName]; s != nil {
				c.fields(svc, ty, sh, s.Fields, sh.Go.TypeName)
			}
		case ir.KindUnion:
			if u := pkg.Unions[sh.Go.TypeName]; u != nil {
				for _, m := range sh.Members {
					if v, ok := u.Members[m.Go.FieldName]; ok {
						c.compared++
						if m.Go.Type.String() != v {
							c.fail("%s: %s.Value predicted %s, SDK %s", svc.SDKID, m.Go.FieldName, m.Go.Type, v)
						}
					}
				}
			}
		case ir.KindEnum, ir.KindIntEnum:
			if e := pkg.Enums[sh.Go.TypeName]; e != nil {
				for _, ev := range sh.Enum {
					for _, k := range e.Constants {
						if k.Value == ev.Value {
							c.enumsCompared++
							if k.Name != ev.GoName {
								c.fail("%s: enum %s %q predicted %s, SDK %s", svc.SDKID, sh.Go.TypeName, ev.Value, ev.GoName, k.Name)
							}
						}
					}
				}
			}
		}
	}
}

// TestCrossCheckSmithyPredictionWithPinnedSDK predicts every field of the
// default services from their Smithy models alone and compares it with
// the pinned SDK source. The models (2025-04) are older than the SDK
// (2026-11): what only one side has is not compared.
func TestCrossCheckSmithyPredictionWithPinnedSDK(t *testing.T) {
	dir := sharedSmithyModels(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	wanted := map[string]bool{}
	for _, p := range defaultServices {
		wanted[p] = true
	}
	models := map[string]*ir.Service{}
	for _, f := range files {
		svcs, err := load.Paths([]string{f})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, svc := range svcs {
			if p := PackageName(svc.SDKID); wanted[p] {
				models[p] = svc
			}
		}
	}
	var pkgs []string
	for _, p := range defaultServices {
		if models[p] == nil {
			t.Logf("%s: no Smithy model in %s, not compared", p, dir)
			continue
		}
		pkgs = append(pkgs, p)
	}
	sdk := sdkPackages(t, pkgs)
	var c crossCheck
	for _, p := range pkgs {
		svc := models[p]
		if err := Predict(svc); err != nil {
			t.Fatal(err)
		}
		c.service(svc, sdk[p])
	}
	t.Logf("%d services: %d fields compared (%d decided by the customization table), %d enum constants compared, %d model fields absent from the newer SDK, %d unexplained mismatches",
		len(pkgs), c.compared, c.explained, c.enumsCompared, c.modelOnly, len(c.unexplained))
	for i, u := range c.unexplained {
		if i == 60 {
			t.Errorf("... and %d more", len(c.unexplained)-i)
			break
		}
		t.Error(u)
	}
	if c.compared < 10000 {
		t.Errorf("only %d fields compared: the check lost its coverage", c.compared)
	}
}
