package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetEbsEncryptionByDefault is the parity test of EC2 GetEbsEncryptionByDefault.
// GetEbsEncryptionByDefault: Describes whether EBS encryption by default is enabled for your account in the current Region.
func TestGetEbsEncryptionByDefault(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetEbsEncryptionByDefault(t.Context(), &ec2.GetEbsEncryptionByDefaultInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ebs-encryption-by-default", out)
}
