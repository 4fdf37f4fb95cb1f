package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeprovisionIpamByoasn is the parity test of EC2 DeprovisionIpamByoasn.
// DeprovisionIpamByoasn: Deprovisions your Autonomous System Number (ASN) from your Amazon Web Services account.
func TestDeprovisionIpamByoasn(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	ipam := ec2test.CreateIpam(t, client)
	out, err := client.DeprovisionIpamByoasn(t.Context(), &ec2.DeprovisionIpamByoasnInput{
		IpamId: ipam.Ipam.IpamId,
		// Asn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deprovision-ipam-byoasn", out)
}
