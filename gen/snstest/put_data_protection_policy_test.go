package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDataProtectionPolicy is the parity test of SNS PutDataProtectionPolicy.
// PutDataProtectionPolicy: Adds or updates an inline policy document that is stored in the specified Amazon SNS topic.
func TestPutDataProtectionPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutDataProtectionPolicy(t.Context(), &sns.PutDataProtectionPolicyInput{
		// ResourceArn: *string (required)
		// DataProtectionPolicy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-data-protection-policy", out)
}
