package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstanceAssociationsStatus is the parity test of SSM DescribeInstanceAssociationsStatus.
// DescribeInstanceAssociationsStatus: The status of the associations for the managed nodes.
func TestDescribeInstanceAssociationsStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstanceAssociationsStatus(t.Context(), &ssm.DescribeInstanceAssociationsStatusInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-associations-status", out)
}
