package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeFastLaunchImages is the parity test of EC2 DescribeFastLaunchImages.
// DescribeFastLaunchImages: Describe details for Windows AMIs that are configured for Windows fast launch.
func TestDescribeFastLaunchImages(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeFastLaunchImages(t.Context(), &ec2.DescribeFastLaunchImagesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-fast-launch-images", out)
}
