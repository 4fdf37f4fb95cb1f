package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDataProtectionPolicy is the parity test of SNS GetDataProtectionPolicy.
// GetDataProtectionPolicy: Retrieves the specified inline DataProtectionPolicy document that is stored in the specified Amazon SNS topic.
func TestGetDataProtectionPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDataProtectionPolicy(t.Context(), &sns.GetDataProtectionPolicyInput{
		// ResourceArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-data-protection-policy", out)
}
