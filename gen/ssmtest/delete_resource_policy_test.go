package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteResourcePolicy is the parity test of SSM DeleteResourcePolicy.
// DeleteResourcePolicy: Deletes a Systems Manager resource policy.
func TestDeleteResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteResourcePolicy(t.Context(), &ssm.DeleteResourcePolicyInput{
		// ResourceArn: *string (required)
		// PolicyId: *string (required)
		// PolicyHash: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-resource-policy", out)
}
