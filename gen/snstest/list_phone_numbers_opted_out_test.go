package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPhoneNumbersOptedOut is the parity test of SNS ListPhoneNumbersOptedOut.
// ListPhoneNumbersOptedOut: Returns a list of phone numbers that are opted out, meaning you cannot send SMS messages to them.
func TestListPhoneNumbersOptedOut(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListPhoneNumbersOptedOut(t.Context(), &sns.ListPhoneNumbersOptedOutInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-phone-numbers-opted-out", out)
}
