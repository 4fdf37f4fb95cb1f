package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetContextKeysForCustomPolicy is the parity test of IAM GetContextKeysForCustomPolicy.
// GetContextKeysForCustomPolicy: Gets a list of all of the context keys referenced in the input policies.
func TestGetContextKeysForCustomPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetContextKeysForCustomPolicy(t.Context(), &iam.GetContextKeysForCustomPolicyInput{
		// PolicyInputList: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-context-keys-for-custom-policy", out)
}
