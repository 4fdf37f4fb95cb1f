package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestActivateType is the parity test of CloudFormation ActivateType.
// ActivateType: Activates a public third-party extension, such as a resource or module, to make it available for use in stack templates in your current account and Region.
func TestActivateType(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var typeRes *string
	cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) { typeRes = in.TypeName })
	out, err := client.ActivateType(t.Context(), &cloudformation.ActivateTypeInput{
		TypeName: typeRes,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("activate-type", out)
}
