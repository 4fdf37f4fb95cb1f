package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateKmsKey is the parity test of CloudWatch Logs AssociateKmsKey.
// AssociateKmsKey: Associates the specified KMS key with either one log group in the account, or with all stored CloudWatch Logs query insights results in the account.
func TestAssociateKmsKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.AssociateKmsKey(t.Context(), &cloudwatchlogs.AssociateKmsKeyInput{
		LogGroupName: logGroup,
		// KmsKeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-kms-key", out)
}
