package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetContextKeysForPrincipalPolicy is the parity test of IAM GetContextKeysForPrincipalPolicy.
// GetContextKeysForPrincipalPolicy: Gets a list of all of the context keys referenced in all the IAM policies that are attached to the specified IAM entity.
func TestGetContextKeysForPrincipalPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetContextKeysForPrincipalPolicy(t.Context(), &iam.GetContextKeysForPrincipalPolicyInput{
		// PolicySourceArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-context-keys-for-principal-policy", out)
}
