package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateVPCWithHostedZone is the parity test of Route 53 AssociateVPCWithHostedZone.
// AssociateVPCWithHostedZone: Associates an Amazon VPC with a private hosted zone.
func TestAssociateVPCWithHostedZone(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateVPCWithHostedZone(t.Context(), &route53.AssociateVPCWithHostedZoneInput{
		// HostedZoneId: *string (required)
		// VPC: *types.VPC (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-vpc-with-hosted-zone", out)
}
