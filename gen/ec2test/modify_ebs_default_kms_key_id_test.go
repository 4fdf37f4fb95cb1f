package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyEbsDefaultKmsKeyId is the parity test of EC2 ModifyEbsDefaultKmsKeyId.
// ModifyEbsDefaultKmsKeyId: Changes the default KMS key for EBS encryption by default for your account in this Region.
func TestModifyEbsDefaultKmsKeyId(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyEbsDefaultKmsKeyId(t.Context(), &ec2.ModifyEbsDefaultKmsKeyIdInput{
		// KmsKeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-ebs-default-kms-key-id", out)
}
