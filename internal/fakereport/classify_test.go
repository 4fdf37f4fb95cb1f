package fakereport

import (
	"strings"
	"testing"
)

// TestClassify pins the reasons the lifecycle table groups failures by,
// with the messages fakestore.Lifecycle, the fixtures and the SDK write.
func TestClassify(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"x_test.go:1: ec2test.CreateVpc: waiting for vpc-1 (VpcAvailable): operation error EC2: DescribeVpcs, api error NotImplemented: EC2.DescribeVpcs is not implemented",
			"not implemented: EC2.DescribeVpcs"},
		{"x_test.go:1: read back: operation error SQS: GetQueueAttributes, api error AccessDenied: no", "read back failed: AccessDenied"},
		{"x_test.go:1: after cleanup: q answered <nil>, want a NotFound error", "still there after cleanup"},
		{"x_test.go:1: after cleanup: q answered operation error SSM: GetX, DoesNotExistException: gone, want a NotFound error",
			"after cleanup, not NotFound: DoesNotExistException"},
		{"cleanup.go:80: cleanup: deleting S3 Bucket b failed: boom", "cleanup failed"},
		{"x: redshifttest.CreateCluster: waiting for c (ClusterAvailable): exceeded max wait time for ClusterAvailable waiter", "waiter never succeeded"},
		{"x: create: the fixture was skipped or returned no identifier", "fixture skipped"},
		{"x: sqstest.CreateQueue: CreateQueue: operation error SQS: CreateQueue, api error ValidationException: 1 validation error detected: …",
			"create rejected by validation: ValidationException"},
		{"x: appsynctest.CreateApi: AppSync CreateApi was not sent: the SDK refused the input: operation error AppSync: CreateApi, 1 validation error(s) found.",
			"refused by the SDK (a required member the model lacks)"},
		{"something else", "other"},
	} {
		if got := classify([]string{c.line}); got != c.want {
			t.Errorf("classify(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestParse reads go test -json events as the generated tests produce
// them: a passing fixture, a failing one with its step's output, and a
// package that did not build.
func TestParse(t *testing.T) {
	lines := []string{
		`{"Action":"run","Package":"m/out/sqstest","Test":"TestFakeLifecycle/Queue"}`,
		`{"Action":"pass","Package":"m/out/sqstest","Test":"TestFakeLifecycle/Queue/create"}`,
		`{"Action":"pass","Package":"m/out/sqstest","Test":"TestFakeLifecycle/Queue"}`,
		`{"Action":"output","Package":"m/out/ec2test","Test":"TestFakeLifecycle/Vpc/create","Output":"x.go:1: ec2test.CreateVpc: waiting for v (VpcAvailable): exceeded max wait time for VpcAvailable waiter\n"}`,
		`{"Action":"fail","Package":"m/out/ec2test","Test":"TestFakeLifecycle/Vpc/create"}`,
		`{"Action":"fail","Package":"m/out/ec2test","Test":"TestFakeLifecycle/Vpc"}`,
		`{"Action":"fail","Package":"m/out/ec2test","Test":"TestFakeLifecycle"}`,
		`{"Action":"fail","Package":"m/out/ec2test"}`,
		`{"Action":"fail","Package":"m/out/kmstest"}`,
		`{"Action":"output","Package":"m/out/kinesistest","Test":"TestFakeLifecycle/StreamConsumer","Output":"    x_test.go:9: its parent Stream has no ARN in its create output\n"}`,
		`{"Action":"skip","Package":"m/out/kinesistest","Test":"TestFakeLifecycle/StreamConsumer"}`,
	}
	var in []byte
	for _, l := range lines {
		in = append(in, l+"\n"...)
	}
	r := Parse(in)
	total, passed := r.Total()
	if total != 2 || passed != 1 || len(r.Failed) != 1 || r.Failed[0] != "ec2test Vpc" {
		t.Fatalf("total %d passed %d failed %v", total, passed, r.Failed)
	}
	if got := r.Reasons["waiter never succeeded"]; len(got) != 1 {
		t.Errorf("reasons %v", r.Reasons)
	}
	if len(r.Broken) != 1 || r.Broken[0] != "kmstest" {
		t.Errorf("broken %v", r.Broken)
	}
	table := r.Table()
	if len(r.Skipped) != 1 || r.Skipped[0] != "kinesistest StreamConsumer: its parent Stream has no ARN in its create output" {
		t.Errorf("skipped %q", r.Skipped)
	}
	for _, want := range []string{"total                                   2        1        1 (50.0 % passed)", "failed (1): waiter never succeeded: ec2test Vpc", "kmstest"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
