package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterType is the parity test of CloudFormation DeregisterType.
// DeregisterType: Marks an extension or extension version as DEPRECATED in the CloudFormation registry, removing it from active use.
func TestDeregisterType(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var typeRes *string
	cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) { typeRes = in.TypeName })
	out, err := client.DeregisterType(t.Context(), &cloudformation.DeregisterTypeInput{
		TypeName: typeRes,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-type", out)
}
