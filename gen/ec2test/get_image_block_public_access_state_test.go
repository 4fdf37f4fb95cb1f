package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetImageBlockPublicAccessState is the parity test of EC2 GetImageBlockPublicAccessState.
// GetImageBlockPublicAccessState: Gets the current state of block public access for AMIs at the account level in the specified Amazon Web Services Region.
func TestGetImageBlockPublicAccessState(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetImageBlockPublicAccessState(t.Context(), &ec2.GetImageBlockPublicAccessStateInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-image-block-public-access-state", out)
}
