package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateCoipCidr is the parity test of EC2 CreateCoipCidr.
// CreateCoipCidr: Creates a range of customer-owned IP addresses.
func TestCreateCoipCidr(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateCoipCidr(t.Context(), &ec2.CreateCoipCidrInput{
		// Cidr: *string (required)
		// CoipPoolId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-coip-cidr", out)
}
