package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateStoreImageTask is the parity test of EC2 CreateStoreImageTask.
// CreateStoreImageTask: Stores an AMI as a single object in an Amazon S3 bucket.
func TestCreateStoreImageTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.CreateStoreImageTask(t.Context(), &ec2.CreateStoreImageTaskInput{
		ImageId: image.ImageId,
		// Bucket: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-store-image-task", out)
}
