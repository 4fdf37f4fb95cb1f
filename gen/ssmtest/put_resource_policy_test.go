package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutResourcePolicy is the parity test of SSM PutResourcePolicy.
// PutResourcePolicy: Creates or updates a Systems Manager resource policy.
func TestPutResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutResourcePolicy(t.Context(), &ssm.PutResourcePolicyInput{
		// ResourceArn: *string (required)
		// Policy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-resource-policy", out)
}
