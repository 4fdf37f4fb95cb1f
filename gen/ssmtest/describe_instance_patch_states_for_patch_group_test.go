package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstancePatchStatesForPatchGroup is the parity test of SSM DescribeInstancePatchStatesForPatchGroup.
// DescribeInstancePatchStatesForPatchGroup: Retrieves the high-level patch state for the managed nodes in the specified patch group.
func TestDescribeInstancePatchStatesForPatchGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstancePatchStatesForPatchGroup(t.Context(), &ssm.DescribeInstancePatchStatesForPatchGroupInput{
		// PatchGroup: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-patch-states-for-patch-group", out)
}
