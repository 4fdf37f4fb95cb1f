package load

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
	"github.com/awsparity/awsparity/models"
)

// TestLoadAllSmithy loads every shared Smithy model and checks facts that
// only real models show.
func TestLoadAllSmithy(t *testing.T) {
	dir := loadtest.SmithyDir(t)
	svcs, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	// Format sniffing skips files it does not recognise: make sure it
	// skipped none of the real models.
	files, err := filepath.Glob(filepath.Join(dir, "*.json*"))
	if err != nil {
		t.Fatal(err)
	}
	sources := make(map[string]bool, len(svcs))
	for _, svc := range svcs {
		sources[svc.Source] = true
	}
	for _, f := range files {
		if !sources[f] {
			t.Errorf("%s: no service loaded from it", f)
		}
	}
	ops, shapes, resources, resourceOps, withResources := 0, 0, 0, 0, 0
	for _, svc := range svcs {
		loadtest.CheckResolved(t, svc)
		ops += len(svc.Operations)
		shapes += len(svc.Shapes)
		resources += len(svc.Resources)
		bound := resourceBound(t, svc)
		resourceOps += len(bound)
		if len(svc.Resources) > 0 {
			withResources++
		}
	}
	t.Logf("Smithy: %d services, %d operations (%d bound to resources), %d shapes, %d resources in %d services",
		len(svcs), ops, resourceOps, shapes, resources, withResources)
	if len(files) < 400 {
		t.Errorf("found %d model files in %s, want the 402 shared models", len(files), dir)
	}
	// The 402 shared models declare 519 Smithy resources in 95 services, and
	// 2,488 operations are reachable only through them, so at least that
	// many are bound to one.
	if resources != 519 || withResources != 95 || resourceOps < 2488 {
		t.Errorf("resources: %d in %d services with %d bound operations; want 519 in 95 with ≥ 2488", resources, withResources, resourceOps)
	}

	byID := index(svcs)
	assertRequired(t, byID["SQS"], "CreateQueue", "QueueName")
	if n := len(byID["DynamoDB"].Operations); n <= 50 {
		t.Errorf("DynamoDB has %d operations, want > 50", n)
	}
	// Bedrock Runtime's service shape lists no operations: all come
	// through resources.
	br := byID["Bedrock Runtime"]
	for _, name := range []string{"InvokeModel", "Converse"} {
		if br.Operation(name) == nil {
			t.Errorf("Bedrock Runtime lacks resource-bound operation %s", name)
		}
	}
	rv := byID["DynamoDB"].Shape("com.amazonaws.dynamodb#ReturnValue")
	if rv == nil || rv.Kind != ir.KindEnum || len(rv.Enum) == 0 {
		t.Fatalf("DynamoDB ReturnValue = %+v, want an enum", rv)
	}
	for _, v := range rv.Enum {
		if v.Name == "" || v.Value == "" {
			t.Errorf("ReturnValue enum value %+v lacks a name or value", v)
		}
	}
}

// resourceBound returns the operations a service's resources name, checking
// that each is one of its operations.
func resourceBound(t *testing.T, svc *ir.Service) map[string]bool {
	t.Helper()
	bound := make(map[string]bool)
	for _, r := range svc.Resources {
		names := append([]string{r.Create, r.Put, r.Read, r.Update, r.Delete, r.List}, r.Operations...)
		for _, name := range append(names, r.Collection...) {
			if name == "" {
				continue
			}
			if svc.Operation(name) == nil {
				t.Errorf("%s: resource %s names operation %s, which the service lacks", svc.SDKID, r.ID, name)
			}
			bound[name] = true
		}
	}
	return bound
}

// TestLoadAllBotocore loads every service of the installed botocore.
func TestLoadAllBotocore(t *testing.T) {
	data := loadtest.BotocoreDir(t)
	svcs, err := Paths([]string{data})
	if err != nil {
		t.Fatal(err)
	}
	checkEveryServiceDir(t, data, svcs)
	ops, shapes, waiters, paginators := 0, 0, 0, 0
	for _, svc := range svcs {
		loadtest.CheckResolved(t, svc)
		ops += len(svc.Operations)
		shapes += len(svc.Shapes)
		waiters += len(svc.Waiters)
		paginators += len(svc.Paginators)
	}
	t.Logf("botocore: %d services, %d operations, %d shapes, %d waiters, %d paginators", len(svcs), ops, shapes, waiters, paginators)
	if len(svcs) < 400 {
		t.Errorf("loaded %d services, want over 400", len(svcs))
	}
	byID := index(svcs)
	assertRequired(t, byID["SQS"], "CreateQueue", "QueueName")
	if ddb := byID["DynamoDB"]; ddb.APIVersion != "2012-08-10" || len(ddb.Waiters) == 0 || len(ddb.Paginators) == 0 {
		t.Errorf("DynamoDB: version %s, %d waiters, %d paginators; want the 2012-08-10 API with waiters and paginators",
			ddb.APIVersion, len(ddb.Waiters), len(ddb.Paginators))
	}
}

// TestLoadAllSDKv1 loads aws-sdk-go v1's models/apis tree (api-2.json).
func TestLoadAllSDKv1(t *testing.T) {
	dir := loadtest.SDKv1Dir(t)
	svcs, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	checkEveryServiceDir(t, dir, svcs)
	ops := 0
	for _, svc := range svcs {
		loadtest.CheckResolved(t, svc)
		ops += len(svc.Operations)
	}
	t.Logf("aws-sdk-go v1: %d services, %d operations", len(svcs), ops)
	if len(svcs) < 380 {
		t.Errorf("loaded %d services, want over 380", len(svcs))
	}
	assertRequired(t, index(svcs)["SQS"], "CreateQueue", "QueueName")
}

// checkEveryServiceDir fails the test for each <svc>/<version>/service-2
// (or api-2) directory under root that no loaded service came from, unless
// it is a byte-identical alias of a loaded service (which Paths drops):
// format sniffing must not skip a real model.
func checkEveryServiceDir(t *testing.T, root string, svcs []*ir.Service) {
	t.Helper()
	loaded := make(map[string]bool, len(svcs))
	for _, svc := range svcs {
		loaded[filepath.Dir(filepath.Dir(svc.Source))] = true
	}
	byID := index(svcs)
	var dirs []string
	for _, pattern := range []string{"*/*/service-2.json*", "*/*/api-2.json"} {
		matches, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			dirs = append(dirs, filepath.Dir(filepath.Dir(m)))
		}
	}
	slices.Sort(dirs)
	dirs = slices.Compact(dirs)
	for _, dir := range dirs {
		if loaded[dir] {
			continue
		}
		alias, err := Paths([]string{dir})
		if err != nil || len(alias) != 1 || byID[alias[0].SDKID] == nil {
			t.Errorf("%s: no service loaded from it (alone: %d services, %v)", dir, len(alias), err)
			continue
		}
		t.Logf("%s: same service as %s, dropped as a copy", dir, byID[alias[0].SDKID].Source)
	}
	if len(dirs) == 0 {
		t.Errorf("no service directories under %s", root)
	}
}

func index(svcs []*ir.Service) map[string]*ir.Service {
	byID := make(map[string]*ir.Service, len(svcs))
	for _, s := range svcs {
		byID[s.SDKID] = s
	}
	return byID
}

func assertRequired(t *testing.T, svc *ir.Service, op, member string) {
	t.Helper()
	if svc == nil {
		t.Errorf("service missing (want operation %s)", op)
		return
	}
	o := svc.Operation(op)
	if o == nil || o.Input == nil {
		t.Errorf("%s: operation %s missing or without input", svc.Source, op)
		return
	}
	if m := o.Input.MemberNamed(member); m == nil || !m.Required || m.Target.Kind != ir.KindString {
		t.Errorf("%s: %s.%s = %+v, want a required string", svc.Source, op, member, m)
	}
}

// BenchmarkLoadAllSmithy measures loading the shared models with Paths.
func BenchmarkLoadAllSmithy(b *testing.B) {
	dir := loadtest.SmithyDir(b)
	for b.Loop() {
		if _, err := Paths([]string{dir}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadOneSmithy measures loading one large model (DynamoDB).
func BenchmarkLoadOneSmithy(b *testing.B) {
	path := loadtest.SmithyDir(b) + "/dynamodb.json.gz"
	for b.Loop() {
		if _, err := Paths([]string{path}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEmbedded measures loading the embedded default set (25
// botocore services), checksums included.
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := FS(models.FS, "models"); err != nil {
			b.Fatal(err)
		}
	}
}
