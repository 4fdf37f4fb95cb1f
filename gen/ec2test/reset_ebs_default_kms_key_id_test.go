package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResetEbsDefaultKmsKeyId is the parity test of EC2 ResetEbsDefaultKmsKeyId.
// ResetEbsDefaultKmsKeyId: Resets the default KMS key for EBS encryption for your account in this Region to the Amazon Web Services managed KMS key for EBS.
func TestResetEbsDefaultKmsKeyId(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ResetEbsDefaultKmsKeyId(t.Context(), &ec2.ResetEbsDefaultKmsKeyIdInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reset-ebs-default-kms-key-id", out)
}
