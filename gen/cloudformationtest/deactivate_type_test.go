package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeactivateType is the parity test of CloudFormation DeactivateType.
// DeactivateType: Deactivates a public third-party extension, such as a resource or module, or a CloudFormation Hook when you no longer use it.
func TestDeactivateType(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var typeRes *string
	cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) { typeRes = in.TypeName })
	out, err := client.DeactivateType(t.Context(), &cloudformation.DeactivateTypeInput{
		TypeName: typeRes,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deactivate-type", out)
}
