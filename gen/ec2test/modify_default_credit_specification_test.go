package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyDefaultCreditSpecification is the parity test of EC2 ModifyDefaultCreditSpecification.
// ModifyDefaultCreditSpecification: Modifies the default credit option for CPU usage of burstable performance instances.
func TestModifyDefaultCreditSpecification(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyDefaultCreditSpecification(t.Context(), &ec2.ModifyDefaultCreditSpecificationInput{
		// InstanceFamily: types.UnlimitedSupportedInstanceFamily (required)
		// CpuCredits: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-default-credit-specification", out)
}
