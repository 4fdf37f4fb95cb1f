package fakes_test

import "testing"

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
		{"something else", "other"},
	} {
		if got := classify([]string{c.line}); got != c.want {
			t.Errorf("classify(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
