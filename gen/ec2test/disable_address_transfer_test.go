package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableAddressTransfer is the parity test of EC2 DisableAddressTransfer.
// DisableAddressTransfer: Disables Elastic IP address transfer.
func TestDisableAddressTransfer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	address := ec2test.CreateAddress(t, client)
	out, err := client.DisableAddressTransfer(t.Context(), &ec2.DisableAddressTransferInput{
		AllocationId: address.AllocationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-address-transfer", out)
}
