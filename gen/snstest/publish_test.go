package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPublish is the parity test of SNS Publish.
// Publish: Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the TargetArn).
func TestPublish(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	var smsSandboxPhoneNumber *string
	snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) { smsSandboxPhoneNumber = in.PhoneNumber })
	out, err := client.Publish(t.Context(), &sns.PublishInput{
		PhoneNumber: smsSandboxPhoneNumber,
		// Message: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("publish", out)
}
