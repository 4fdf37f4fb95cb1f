package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSMSSandboxPhoneNumber is the parity test of SNS CreateSMSSandboxPhoneNumber.
// CreateSMSSandboxPhoneNumber: Adds a destination phone number to an Amazon Web Services account in the SMS sandbox and sends a one-time password (OTP) to that phone number.
func TestCreateSMSSandboxPhoneNumber(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	// snstest.CreateSMSSandboxPhoneNumber calls CreateSMSSandboxPhoneNumber with the input below and deletes the SMSSandboxPhoneNumber when the test ends.
	out := snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) {
		// in.PhoneNumber = *string (required; the fixture sets it)
	})
	snap.Match("create-sms-sandbox-phone-number", out)
}
