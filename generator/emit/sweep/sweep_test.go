package sweep_test

import (
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/sweep"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/internal/testmodels"
)

func resource(t *testing.T, svc *ir.Service, name string) *resources.Resource {
	t.Helper()
	found, _ := testmodels.Resources(t, svc)
	for _, r := range found {
		if r.Name == name {
			return &r
		}
	}
	t.Fatalf("%s has no resource %s", svc.SDKID, name)
	return nil
}

// TestFindLister: the listing and the place of the identifier in its
// output, for the string lists (TableNames), structure lists whose element
// has the delete member (Topics[].TopicArn) or a Name (Buckets[].Name),
// and none where the delete takes a list (TerminateInstances).
func TestFindLister(t *testing.T) {
	for _, tc := range []struct {
		sdkID, resource, op, list, field string
	}{
		{"DynamoDB", "Table", "ListTables", "TableNames", ""},
		{"SQS", "Queue", "ListQueues", "QueueUrls", ""},
		{"Kinesis", "Stream", "ListStreams", "StreamNames", ""},
		{"SNS", "Topic", "ListTopics", "Topics", "TopicArn"},
		{"S3", "Bucket", "ListBuckets", "Buckets", "Name"},
		{"IAM", "Role", "ListRoles", "Roles", "RoleName"},
		{"EC2", "Instance", "", "", ""},
	} {
		svc := testmodels.Service(t, tc.sdkID)
		l := sweep.FindLister(svc, resource(t, svc, tc.resource))
		var op, list, field string
		if l != nil {
			op, list = l.Op.Name, l.List.Name
			if l.Field != nil {
				field = l.Field.Name
			}
		}
		if op != tc.op || list != tc.list || field != tc.field {
			t.Errorf("%s %s: lister %q %q %q, want %q %q %q", tc.sdkID, tc.resource, op, list, field, tc.op, tc.list, tc.field)
		}
	}
}

// emitSweep runs the emitter on svc's resources as the engine finds them.
func emitSweep(t *testing.T, svc *ir.Service) ([]fileset.File, error) {
	t.Helper()
	found, file := testmodels.Resources(t, svc)
	return sweep.Emit(&emit.Input{Service: svc, Resources: found, FixturesFile: file})
}

func TestEmit(t *testing.T) {
	files, err := emitSweep(t, testmodels.Service(t, "EC2"))
	if err != nil || len(files) != 1 || files[0].Path != "ec2test/zz_generated.sweep.go" {
		t.Fatalf("EC2: files %v, error %v; want one sweep file", files, err)
	}
	src := string(files[0].Content)
	// Compared with comment markers and line breaks collapsed, so the
	// expectations hold however the doc comment wraps.
	flat := strings.Join(strings.Fields(strings.ReplaceAll(src, "//", "")), " ")
	for _, want := range []string{
		"func Sweep(ctx context.Context, c *ec2.Client, opts ...sweep.Option) ([]sweep.Found, error) {",
		`sweep.Start("EC2", c.Options().BaseEndpoint, opts...)`,
		"Swept: PlacementGroup (DescribePlacementGroups).",
		"Not swept (the identifier is not a name the fixture chooses, so only the run tag could tell): Address,",
		"return deletePlacementGroup(ctx, c, id)",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("EC2 sweep file lacks %q", want)
		}
	}
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "//") && len(line) > 83 {
			t.Errorf("doc line longer than 80 columns: %q", line)
		}
	}
	if files, err := emitSweep(t, testmodels.Service(t, "STS")); err != nil || len(files) != 0 {
		t.Errorf("STS has no resources: files %v, error %v; want none", files, err)
	}
}
