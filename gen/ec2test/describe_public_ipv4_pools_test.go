package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribePublicIpv4Pools is the parity test of EC2 DescribePublicIpv4Pools.
// DescribePublicIpv4Pools: Describes the specified IPv4 address pools.
func TestDescribePublicIpv4Pools(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribePublicIpv4Pools(t.Context(), &ec2.DescribePublicIpv4PoolsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-public-ipv4-pools", out)
}
