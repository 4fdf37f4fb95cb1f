package golang

import (
	"maps"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/sdksrc"
)

// botocoreNames are the botocore data directories of defaultServices.
var botocoreNames = []string{
	"acm", "apigateway", "cloudformation", "cloudwatch", "logs", "dynamodb",
	"dynamodbstreams", "ec2", "events", "firehose", "iam", "kinesis", "kms", "lambda",
	"opensearch", "redshift", "route53", "s3", "secretsmanager", "ses", "stepfunctions", "sns", "sqs",
	"ssm", "sts",
}

// botocoreData is the data folder of the installed botocore.
func botocoreData(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__))").Output()
	if err != nil {
		tb.Skipf("python3 with botocore not available: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "data")
}

// TestBotocoreResolvedAgainstPinnedSDK loads the default services from
// botocore, which has neither enum names nor nullability, and resolves them
// against the pinned SDK: field and type names must already match (a miss
// would be a naming bug, since botocore is older than the SDK), and after
// Resolve every field type is the SDK's.
func TestBotocoreResolvedAgainstPinnedSDK(t *testing.T) {
	data := botocoreData(t)
	dirs := make([]string, len(botocoreNames))
	for i, name := range botocoreNames {
		dirs[i] = filepath.Join(data, name)
	}
	// Paths loads the newest API version of each, as botocore does.
	svcs, err := load.Paths(dirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(svcs) != len(botocoreNames) {
		t.Fatalf("loaded %d services from %d botocore directories", len(svcs), len(botocoreNames))
	}
	report, err := Resolve(svcs, Options{ModuleDir: repoRoot(t), CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	pkgNames := make([]string, len(svcs))
	for i, svc := range svcs {
		pkgNames[i] = svc.Go.PackageName
		if svc.Go.SDKVersion == "" {
			t.Errorf("%s (package %s) was not found in go.mod", svc.SDKID, svc.Go.PackageName)
		}
	}
	sdk := sdkPackages(t, pkgNames)

	compared := 0
	for _, svc := range svcs {
		pkg := sdk[svc.Go.PackageName]
		for _, op := range svc.Operations {
			if op.Go.Skip {
				continue
			}
			sop := pkg.Operations[op.Go.Method]
			for _, side := range []struct {
				sh     *ir.Shape
				fields []sdksrc.Field
			}{{op.Input, sop.Input}, {op.Output, sop.Output}} {
				if side.sh == nil {
					continue
				}
				for _, m := range side.sh.Members {
					if f, ok := sdksrc.FieldNamed(side.fields, m.Go.FieldName); ok && !m.Go.Skip {
						compared++
						if m.Go.Type.String() != f.Type {
							t.Errorf("%s: %s.%s is %s after Resolve, SDK %s", svc.SDKID, op.Name, m.Go.FieldName, m.Go.Type, f.Type)
						}
					}
				}
			}
		}
	}
	// What the SDK lacks must be really absent, not spelled differently:
	// botocore is older than the SDK, so a near-miss is a naming bug.
	for i, rep := range report.Services {
		pkg := sdk[svcs[i].Go.PackageName]
		for _, d := range rep.Drift {
			var candidates []string
			switch d.Kind {
			case MissingOperation:
				if d.Note == "" {
					t.Logf("%s: operation %s is not in the SDK and not in the customization table", rep.Service, d.Operation)
				}
				candidates = slices.Sorted(maps.Keys(pkg.Operations))
			case MissingType:
				candidates = append(slices.Sorted(maps.Keys(pkg.Structs)), slices.Sorted(maps.Keys(pkg.Unions))...)
			case MissingMember:
				if s := pkg.Structs[d.Shape]; s != nil {
					for _, f := range s.Fields {
						candidates = append(candidates, f.Name)
					}
				}
				var fields []sdksrc.Field
				if op, ok := strings.CutSuffix(d.Shape, "Input"); ok && pkg.Operations[op] != nil {
					fields = pkg.Operations[op].Input
				} else if op, ok := strings.CutSuffix(d.Shape, "Output"); ok && pkg.Operations[op] != nil {
					fields = pkg.Operations[op].Output
				}
				for _, f := range fields {
					candidates = append(candidates, f.Name)
				}
			default:
				continue
			}
			name := d.Operation + d.Member
			if d.Kind == MissingType {
				name = d.Shape
			}
			for _, c := range candidates {
				if strings.EqualFold(strings.Trim(c, "_"), strings.Trim(name, "_")) {
					t.Errorf("%s: %s %s: the SDK spells it %s", rep.Service, d.Kind, name, c)
				}
			}
			t.Logf("%s: %s %s %s (%s)", rep.Service, d.Kind, d.Shape, name, d.Note)
		}
	}
	if compared < 10000 {
		t.Errorf("only %d fields compared: the check lost its coverage", compared)
	}
	t.Logf("%d services, %d operation fields equal to the SDK after Resolve; decided by the SDK: %d types (botocore has no @default), %d enum constant names (botocore has no enum names), %d structures that are SDK unions",
		len(svcs), compared, report.Count(TypeOverridden), report.Count(EnumNameOverridden), report.Count(KindOverridden))
	t.Logf("summary:\n%s", report.Summary())
}
