package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteSMSSandboxPhoneNumber is the parity test of SNS DeleteSMSSandboxPhoneNumber.
// DeleteSMSSandboxPhoneNumber: Deletes an Amazon Web Services account's verified or pending phone number from the SMS sandbox.
func TestDeleteSMSSandboxPhoneNumber(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	var smsSandboxPhoneNumber *string
	snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) { smsSandboxPhoneNumber = in.PhoneNumber })
	out, err := client.DeleteSMSSandboxPhoneNumber(t.Context(), &sns.DeleteSMSSandboxPhoneNumberInput{
		PhoneNumber: smsSandboxPhoneNumber,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-sms-sandbox-phone-number", out)
}
