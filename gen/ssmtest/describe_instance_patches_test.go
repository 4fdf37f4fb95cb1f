package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstancePatches is the parity test of SSM DescribeInstancePatches.
// DescribeInstancePatches: Retrieves information about the patches on the specified managed node and their state relative to the patch baseline being used for the node.
func TestDescribeInstancePatches(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstancePatches(t.Context(), &ssm.DescribeInstancePatchesInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-patches", out)
}
