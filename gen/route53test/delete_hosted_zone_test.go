package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteHostedZone is the parity test of Route 53 DeleteHostedZone.
// DeleteHostedZone: Deletes a hosted zone.
func TestDeleteHostedZone(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	hostedZone := route53test.CreateHostedZone(t, client)
	out, err := client.DeleteHostedZone(t.Context(), &route53.DeleteHostedZoneInput{
		Id: hostedZone.HostedZone.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-hosted-zone", out)
}
