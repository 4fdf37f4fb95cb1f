package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResetAddressAttribute is the parity test of EC2 ResetAddressAttribute.
// ResetAddressAttribute: Resets the attribute of the specified IP address.
func TestResetAddressAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	address := ec2test.CreateAddress(t, client)
	out, err := client.ResetAddressAttribute(t.Context(), &ec2.ResetAddressAttributeInput{
		AllocationId: address.AllocationId,
		// Attribute: types.AddressAttributeName (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reset-address-attribute", out)
}
