package fake

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/constraints"
	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/internal/golden"
	"github.com/awsparity/awsparity/internal/testmodels"
)

func planFor(t *testing.T, sdkID string) *plan {
	t.Helper()
	svc := testmodels.Service(t, sdkID)
	found, _ := testmodels.Resources(t, svc)
	return newPlan(svc, found)
}

func kindNamed(t *testing.T, p *plan, name string) *kind {
	t.Helper()
	for _, k := range p.kinds {
		if k.res.Name == name {
			return k
		}
	}
	t.Fatalf("%s has no resource %s", p.svc.SDKID, name)
	return nil
}

func opNames(ls []lookupOp) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.op.Name+"("+l.field.Go.FieldName+")")
	}
	return out
}

// TestPlan checks what the heuristics and lifecycles pick for resources
// whose AWS behaviour is known.
func TestPlan(t *testing.T) {
	db := planFor(t, "DynamoDB")
	table := kindNamed(t, db, "Table")
	if got := opNames(table.reads); !slices.Equal(got, []string{"DescribeTable(TableName)"}) {
		t.Errorf("Table reads = %v", got)
	}
	if table.list == nil || table.list.op.Name != "ListTables" || table.list.items != "TableNames" ||
		table.list.inToken != "ExclusiveStartTableName" || table.list.size != "Limit" {
		t.Errorf("Table list = %+v", table.list)
	}
	if table.notFound == nil || table.notFound.Name != "ResourceNotFoundException" ||
		table.exists == nil || table.exists.Name != "ResourceInUseException" {
		t.Errorf("Table errors: not found %v, exists %v", table.notFound, table.exists)
	}
	var verbs []string
	for _, tg := range db.tagging {
		verbs = append(verbs, tg.verb+":"+tg.op.Name+"("+tg.resource+")")
	}
	if want := []string{"ListTags:ListTagsOfResource(ResourceArn)", "Tag:TagResource(ResourceArn)", "Untag:UntagResource(ResourceArn)"}; !slices.Equal(verbs, want) {
		t.Errorf("DynamoDB tagging = %v, want %v", verbs, want)
	}

	ec2 := planFor(t, "EC2")
	vpc := kindNamed(t, ec2, "Vpc")
	if got := opNames(vpc.reads); !slices.Equal(got, []string{"DescribeVpcs(VpcIds)"}) {
		t.Errorf("Vpc reads = %v", got)
	}
	if vpc.notCode != "InvalidVpcID.NotFound" || vpc.idTpl != "vpc-{hex17}" || !slices.Equal(vpc.idPath, []string{"Vpc", "VpcId"}) {
		t.Errorf("Vpc: not found %q, id %q at %v", vpc.notCode, vpc.idTpl, vpc.idPath)
	}
	if inst := kindNamed(t, ec2, "Instance"); !slices.Equal(inst.idPath, []string{"Instances[0]", "InstanceId"}) {
		t.Errorf("Instance id path = %v", inst.idPath)
	}
	// A noun ending in a vowel and y takes an s: DescribeInternetGateways.
	if got := opNames(kindNamed(t, ec2, "InternetGateway").reads); !slices.Equal(got, []string{"DescribeInternetGateways(InternetGatewayIds)"}) {
		t.Errorf("InternetGateway reads = %v", got)
	}

	sqs := kindNamed(t, planFor(t, "SQS"), "Queue")
	if sqs.idTpl != "https://sqs.{region}.amazonaws.com/{account}/{name}" || sqs.exists != nil ||
		sqs.arn != "arn:{partition}:sqs:{region}:{account}:{name}" {
		t.Errorf("Queue: id %q, exists %v, arn %q", sqs.idTpl, sqs.exists, sqs.arn)
	}
	if got := opNames(sqs.reads); !slices.Equal(got, []string{"GetQueueAttributes(QueueUrl)", "GetQueueUrl(QueueName)"}) {
		t.Errorf("Queue reads = %v", got)
	}

	// S3's bucket cleanup lists objects, versions and uploads first: they
	// answer empty for a live bucket.
	bucket := kindNamed(t, planFor(t, "S3"), "Bucket")
	for _, want := range []string{"ListObjectsV2(Bucket)", "ListObjectVersions(Bucket)", "ListMultipartUploads(Bucket)"} {
		if !slices.Contains(opNames(bucket.children), want) {
			t.Errorf("Bucket children %v lack %s", opNames(bucket.children), want)
		}
	}
	if bucket.arn != "arn:{partition}:s3:::{name}" {
		t.Errorf("Bucket ARN %q", bucket.arn)
	}
}

// TestEachOperationOnce: no two behaviours claim one operation, so the
// fake never has two methods of one name, across the default services.
func TestEachOperationOnce(t *testing.T) {
	for _, sdkID := range []string{"EC2", "IAM", "CloudWatch Logs", "Redshift", "SSM"} {
		p := planFor(t, sdkID)
		seen := map[string]bool{}
		add := func(op *ir.Operation) {
			if seen[op.Name] {
				t.Errorf("%s: %s is claimed twice", sdkID, op.Name)
			}
			seen[op.Name] = true
		}
		for _, k := range p.kinds {
			add(k.create)
			add(k.delete)
			for _, ls := range [][]lookupOp{k.reads, k.updates, k.children} {
				for _, l := range ls {
					add(l.op)
				}
			}
			if k.list != nil {
				add(k.list.op)
			}
			for _, l := range k.contents {
				add(l.op)
			}
		}
		for _, tg := range p.tagging {
			add(tg.op)
		}
		if len(seen) != len(p.claimed) {
			t.Errorf("%s: %d operations emitted, %d claimed", sdkID, len(seen), len(p.claimed))
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"Queue": "Queues", "Policy": "Policies", "Gateway": "Gateways", "Alias": "Aliases", "Key": "Keys", "Box": "Boxes",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRules writes constraints as a fakestore.Rules table: bounds as the
// model writes them, enums, required pointers only, the pattern last, and
// no pattern that needs a lookaround Go's regexp lacks.
func TestRules(t *testing.T) {
	i64 := func(n int64) *int64 { return &n }
	f64 := func(n float64) *float64 { return &n }
	str := &ir.Shape{Kind: ir.KindString}
	sh := &ir.Shape{Kind: ir.KindStructure, Members: []*ir.Member{
		{Name: "name", Required: true, Target: str, Go: ir.GoMember{FieldName: "Name", Type: ir.PointerTo(ir.Basic("string"))},
			Constraints: ir.Constraints{MinLength: i64(1), MaxLength: i64(64), Pattern: `^[a-z]+$`}},
		{Name: "odd", Target: str, Go: ir.GoMember{FieldName: "Odd", Type: ir.PointerTo(ir.Basic("string"))},
			Constraints: ir.Constraints{Pattern: `^a(?=b)b$`}},
		{Name: "size", Target: &ir.Shape{Kind: ir.KindInteger}, Go: ir.GoMember{FieldName: "Size", Type: ir.Basic("int32")},
			Required: true, Constraints: ir.Constraints{Min: f64(0.5)}},
		{Name: "mode", Target: &ir.Shape{Kind: ir.KindEnum, Enum: []ir.EnumValue{{Value: "fast"}, {Value: "slow"}}},
			Go: ir.GoMember{FieldName: "Mode", Type: ir.Named("types", "Mode")}},
	}}
	f := emit.NewFile(&ir.Service{Go: ir.GoService{TestPackage: "xtest"}})
	f.Var().Id("rules").Op("=").Add(rules(sh))
	var b bytes.Buffer
	if err := f.Render(&b); err != nil {
		t.Fatal(err)
	}
	want := `"Name\tname\treq\tlen=1:64\tre=^[a-z]+$\n" + "Size\tsize\tval=0.5:\n" + "Mode\tmode\tenum=fast|slow\n"`
	if !strings.Contains(strings.Join(strings.Fields(b.String()), " "), want) {
		t.Errorf("rules lack %s:\n%s", want, b.String())
	}
	if rules(&ir.Shape{Kind: ir.KindStructure}) != nil {
		t.Error("a shape without constraints has rules")
	}
}

// TestEmitGolden compares SQS's fake with testdata/sqstest (UPDATE_GOLDEN=1
// rewrites it); gen/sqstest compiles the same output against the SDK.
func TestEmitGolden(t *testing.T) {
	svc := testmodels.Service(t, "SQS")
	found, file := testmodels.Resources(t, svc)
	files, err := Emit(&emit.Input{Service: svc, Resources: found, FixturesFile: file})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Path != "sqstest/zz_generated.fake.go" || files[1].Path != "sqstest/zz_generated.fake_test.go" {
		t.Fatalf("files = %v", files)
	}
	again, err := Emit(&emit.Input{Service: svc, Resources: found, FixturesFile: file})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		if !bytes.Equal(f.Content, again[i].Content) {
			t.Errorf("%s differs between two emissions", f.Path)
		}
		golden.Compare(t, filepath.Join("testdata", f.Path+".golden"), f.Content)
	}
}

// TestNoResourcesStillAFake: a service without resources gets a Fake (all
// NotImplemented) so NewClient(t, nil) works alike everywhere, and no test.
func TestNoResourcesStillAFake(t *testing.T) {
	svc := testmodels.Service(t, "STS")
	files, err := Emit(&emit.Input{Service: svc})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || !bytes.Contains(files[0].Content, []byte("func NewFake() *Fake")) {
		t.Fatalf("STS: %d files", len(files))
	}
}

// TestFittedTemplates: made-up identifiers and ARNs meet the constraints
// of the members that take them back.
func TestFittedTemplates(t *testing.T) {
	// Route 53 takes hosted zone ids of at most 32 characters.
	if zone := kindNamed(t, planFor(t, "Route 53"), "HostedZone"); zone.idTpl != "{hex17}" {
		t.Errorf("HostedZone id template %q", zone.idTpl)
	}
	// EventBridge's ApiDestination takes connection ARNs ending in name/uuid.
	if conn := kindNamed(t, planFor(t, "EventBridge"), "Connection"); !strings.HasSuffix(conn.arn, ":connection/{name}/{uuid}") {
		t.Errorf("Connection ARN template %q", conn.arn)
	}

	i64 := func(n int64) *int64 { return &n }
	member := func(c ir.Constraints) *ir.Member {
		return &ir.Member{Name: "Id", Target: &ir.Shape{Kind: ir.KindString}, Constraints: c}
	}
	for _, c := range []struct {
		c    ir.Constraints
		want string
	}{
		{ir.Constraints{Pattern: `^m-[0-9a-f]{32}$`}, "m-{hex32}"},
		{ir.Constraints{Pattern: `^((svc-[0-9a-z]{17})|(arn:[a-z0-9\-]+:vpc-lattice:.*))$`}, "svc-{hex17}"},
		{ir.Constraints{Pattern: `^[a-z0-9]{4,7}$`}, "{hex7}"},
		{ir.Constraints{MaxLength: i64(10)}, "{hex10}"},
		{ir.Constraints{}, "{uuid}"},
	} {
		ids := []*ir.Member{member(c.c)}
		if got := fit(idTemplates("{uuid}", ids), ids, nil); got != c.want {
			t.Errorf("%+v: template %q, want %q", c.c, got, c.want)
		}
	}
	// None fits: the usual one stays, and the create's validation says why.
	ids := []*ir.Member{member(ir.Constraints{Pattern: `^[A-Z]{40}$`})}
	if got := fit(idTemplates("{uuid}", ids), ids, nil); got != "{uuid}" {
		t.Errorf("unfittable: %q", got)
	}
	if got := sample("arn:{partition}:x:{region}:{account}:t/{name}/{hex4}", map[string]string{"name": "n"}); got != "arn:aws:x:us-east-1:000000000000:t/n/0a0a" {
		t.Errorf("sample = %q", got)
	}
}

// TestPatternTemplate: an identifier pattern of several parts is spelled
// as a template whose sample the pattern accepts.
func TestPatternTemplate(t *testing.T) {
	for _, c := range []struct{ pattern, want string }{
		{`^[\w-]+_[0-9a-zA-Z]+$`, "{hex12}_{hex12}"},
		{`^db-[a-f0-9]{8}$`, "db-{hex8}"},
		{`^dzd[-_][a-zA-Z0-9_-]{1,36}$`, "dzd-{hex12}"},
		{`^[A-Z]+$`, ""}, // no hex digits
	} {
		p, err := constraints.Compile(c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := patternTemplate(p.Syntax)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: template %q (%v), want %q", c.pattern, got, ok, c.want)
			continue
		}
		if ok && !p.MatchString(sample(got, nil)) {
			t.Errorf("%s: sample %q of %s does not match", c.pattern, sample(got, nil), got)
		}
	}
}
