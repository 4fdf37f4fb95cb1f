package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVPCAssociationAuthorization is the parity test of Route 53 DeleteVPCAssociationAuthorization.
// DeleteVPCAssociationAuthorization: Removes authorization to submit an AssociateVPCWithHostedZone request to associate a specified VPC with a hosted zone that was created by a different account.
func TestDeleteVPCAssociationAuthorization(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteVPCAssociationAuthorization(t.Context(), &route53.DeleteVPCAssociationAuthorizationInput{
		// HostedZoneId: *string (required)
		// VPC: *types.VPC (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-association-authorization", out)
}
