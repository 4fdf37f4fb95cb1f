package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateVPCFromHostedZone is the parity test of Route 53 DisassociateVPCFromHostedZone.
// DisassociateVPCFromHostedZone: Disassociates an Amazon Virtual Private Cloud (Amazon VPC) from an Amazon Route 53 private hosted zone.
func TestDisassociateVPCFromHostedZone(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.DisassociateVPCFromHostedZone(t.Context(), &route53.DisassociateVPCFromHostedZoneInput{
		// HostedZoneId: *string (required)
		// VPC: *types.VPC (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-vpc-from-hosted-zone", out)
}
