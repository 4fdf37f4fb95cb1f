package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPublishType is the parity test of CloudFormation PublishType.
// PublishType: Publishes the specified extension to the CloudFormation registry as a public extension in this Region.
func TestPublishType(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var typeRes *string
	cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) { typeRes = in.TypeName })
	out, err := client.PublishType(t.Context(), &cloudformation.PublishTypeInput{
		TypeName: typeRes,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("publish-type", out)
}
