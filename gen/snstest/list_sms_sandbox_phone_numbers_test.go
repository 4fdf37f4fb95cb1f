package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSMSSandboxPhoneNumbers is the parity test of SNS ListSMSSandboxPhoneNumbers.
// ListSMSSandboxPhoneNumbers: Lists the calling Amazon Web Services account's current verified and pending destination phone numbers in the SMS sandbox.
func TestListSMSSandboxPhoneNumbers(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListSMSSandboxPhoneNumbers(t.Context(), &sns.ListSMSSandboxPhoneNumbersInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-sms-sandbox-phone-numbers", out)
}
