package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestOptInPhoneNumber is the parity test of SNS OptInPhoneNumber.
// OptInPhoneNumber: Use this request to opt in a phone number that is opted out, which enables you to resume sending SMS messages to the number.
func TestOptInPhoneNumber(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	var smsSandboxPhoneNumber *string
	snstest.CreateSMSSandboxPhoneNumber(t, client, func(in *sns.CreateSMSSandboxPhoneNumberInput) { smsSandboxPhoneNumber = in.PhoneNumber })
	out, err := client.OptInPhoneNumber(t.Context(), &sns.OptInPhoneNumberInput{
		PhoneNumber: smsSandboxPhoneNumber,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("opt-in-phone-number", out)
}
