package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEffectiveInstanceAssociations is the parity test of SSM DescribeEffectiveInstanceAssociations.
// DescribeEffectiveInstanceAssociations: All associations for the managed nodes.
func TestDescribeEffectiveInstanceAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeEffectiveInstanceAssociations(t.Context(), &ssm.DescribeEffectiveInstanceAssociationsInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-effective-instance-associations", out)
}
