package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSMSSandboxAccountStatus is the parity test of SNS GetSMSSandboxAccountStatus.
// GetSMSSandboxAccountStatus: Retrieves the SMS sandbox status for the calling Amazon Web Services account in the target Amazon Web Services Region.
func TestGetSMSSandboxAccountStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetSMSSandboxAccountStatus(t.Context(), &sns.GetSMSSandboxAccountStatusInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-sms-sandbox-account-status", out)
}
