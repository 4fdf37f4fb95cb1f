package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateTrunkInterface is the parity test of EC2 AssociateTrunkInterface.
// AssociateTrunkInterface: Associates a branch network interface with a trunk network interface.
func TestAssociateTrunkInterface(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateTrunkInterface(t.Context(), &ec2.AssociateTrunkInterfaceInput{
		// BranchInterfaceId: *string (required)
		// TrunkInterfaceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-trunk-interface", out)
}
