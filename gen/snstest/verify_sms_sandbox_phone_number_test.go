package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestVerifySMSSandboxPhoneNumber is the parity test of SNS VerifySMSSandboxPhoneNumber.
// VerifySMSSandboxPhoneNumber: Verifies a destination phone number with a one-time password (OTP) for the calling Amazon Web Services account.
func TestVerifySMSSandboxPhoneNumber(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	var smsSandboxPhoneNumber *string
	snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) { smsSandboxPhoneNumber = in.PhoneNumber })
	out, err := client.VerifySMSSandboxPhoneNumber(t.Context(), &sns.VerifySMSSandboxPhoneNumberInput{
		PhoneNumber: smsSandboxPhoneNumber,
		// OneTimePassword: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("verify-sms-sandbox-phone-number", out)
}
