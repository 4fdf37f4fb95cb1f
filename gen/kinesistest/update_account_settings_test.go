package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAccountSettings is the parity test of Kinesis UpdateAccountSettings.
// UpdateAccountSettings: Updates the account-level settings for Amazon Kinesis Data Streams.
func TestUpdateAccountSettings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateAccountSettings(t.Context(), &kinesis.UpdateAccountSettingsInput{
		// MinimumThroughputBillingCommitment: *types.MinimumThroughputBillingCommitmentInput (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-account-settings", out)
}
