package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTypeRegistration is the parity test of CloudFormation DescribeTypeRegistration.
// DescribeTypeRegistration: Returns information about an extension's registration, including its current status and type and version identifiers.
func TestDescribeTypeRegistration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeTypeRegistration(t.Context(), &cloudformation.DescribeTypeRegistrationInput{
		// RegistrationToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-type-registration", out)
}
