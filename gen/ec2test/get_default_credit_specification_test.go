package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDefaultCreditSpecification is the parity test of EC2 GetDefaultCreditSpecification.
// GetDefaultCreditSpecification: Describes the default credit option for CPU usage of a burstable performance instance family.
func TestGetDefaultCreditSpecification(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetDefaultCreditSpecification(t.Context(), &ec2.GetDefaultCreditSpecificationInput{
		// InstanceFamily: types.UnlimitedSupportedInstanceFamily (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-default-credit-specification", out)
}
