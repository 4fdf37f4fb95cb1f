package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyAddressAttribute is the parity test of EC2 ModifyAddressAttribute.
// ModifyAddressAttribute: Modifies an attribute of the specified Elastic IP address.
func TestModifyAddressAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	address := ec2test.CreateAddress(t, client)
	out, err := client.ModifyAddressAttribute(t.Context(), &ec2.ModifyAddressAttributeInput{
		AllocationId: address.AllocationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-address-attribute", out)
}
