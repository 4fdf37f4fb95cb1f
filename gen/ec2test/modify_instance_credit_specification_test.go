package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceCreditSpecification is the parity test of EC2 ModifyInstanceCreditSpecification.
// ModifyInstanceCreditSpecification: Modifies the credit option for CPU usage on a running or stopped burstable performance instance.
func TestModifyInstanceCreditSpecification(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceCreditSpecification(t.Context(), &ec2.ModifyInstanceCreditSpecificationInput{
		// InstanceCreditSpecifications: []types.InstanceCreditSpecificationRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-credit-specification", out)
}
