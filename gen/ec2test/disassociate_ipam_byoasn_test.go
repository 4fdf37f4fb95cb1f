package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateIpamByoasn is the parity test of EC2 DisassociateIpamByoasn.
// DisassociateIpamByoasn: Remove the association between your Autonomous System Number (ASN) and your BYOIP CIDR.
func TestDisassociateIpamByoasn(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateIpamByoasn(t.Context(), &ec2.DisassociateIpamByoasnInput{
		// Asn: *string (required)
		// Cidr: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-ipam-byoasn", out)
}
