package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateEnclaveCertificateIamRole is the parity test of EC2 DisassociateEnclaveCertificateIamRole.
// DisassociateEnclaveCertificateIamRole: Disassociates an IAM role from an Certificate Manager (ACM) certificate.
func TestDisassociateEnclaveCertificateIamRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateEnclaveCertificateIamRole(t.Context(), &ec2.DisassociateEnclaveCertificateIamRoleInput{
		// CertificateArn: *string (required)
		// RoleArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-enclave-certificate-iam-role", out)
}
