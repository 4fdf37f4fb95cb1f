package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSubscriptionAttributes is the parity test of SNS GetSubscriptionAttributes.
// GetSubscriptionAttributes: Returns all of the properties of a subscription.
func TestGetSubscriptionAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetSubscriptionAttributes(t.Context(), &sns.GetSubscriptionAttributesInput{
		// SubscriptionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-subscription-attributes", out)
}
