package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstancePatchStates is the parity test of SSM DescribeInstancePatchStates.
// DescribeInstancePatchStates: Retrieves the high-level patch state of one or more managed nodes.
func TestDescribeInstancePatchStates(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstancePatchStates(t.Context(), &ssm.DescribeInstancePatchStatesInput{
		// InstanceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-patch-states", out)
}
