package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetSubscriptionAttributes is the parity test of SNS SetSubscriptionAttributes.
// SetSubscriptionAttributes: Allows a subscription owner to set an attribute of the subscription to a new value.
func TestSetSubscriptionAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.SetSubscriptionAttributes(t.Context(), &sns.SetSubscriptionAttributesInput{
		// SubscriptionArn: *string (required)
		// AttributeName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-subscription-attributes", out)
}
