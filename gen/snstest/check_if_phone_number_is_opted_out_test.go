package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCheckIfPhoneNumberIsOptedOut is the parity test of SNS CheckIfPhoneNumberIsOptedOut.
// CheckIfPhoneNumberIsOptedOut: Accepts a phone number and indicates whether the phone holder has opted out of receiving SMS messages from your Amazon Web Services account.
func TestCheckIfPhoneNumberIsOptedOut(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	var smsSandboxPhoneNumber *string
	snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) { smsSandboxPhoneNumber = in.PhoneNumber })
	out, err := client.CheckIfPhoneNumberIsOptedOut(t.Context(), &sns.CheckIfPhoneNumberIsOptedOutInput{
		PhoneNumber: smsSandboxPhoneNumber,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("check-if-phone-number-is-opted-out", out)
}
