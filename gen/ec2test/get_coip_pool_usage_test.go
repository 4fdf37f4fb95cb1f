package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCoipPoolUsage is the parity test of EC2 GetCoipPoolUsage.
// GetCoipPoolUsage: Describes the allocations from the specified customer-owned address pool.
func TestGetCoipPoolUsage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	publicIpv4Pool := ec2test.CreatePublicIpv4Pool(t, client)
	out, err := client.GetCoipPoolUsage(t.Context(), &ec2.GetCoipPoolUsageInput{
		PoolId: publicIpv4Pool.PoolId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-coip-pool-usage", out)
}
