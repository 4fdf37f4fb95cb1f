package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateRestoreImageTask is the parity test of EC2 CreateRestoreImageTask.
// CreateRestoreImageTask: Starts a task that restores an AMI from an Amazon S3 object that was previously created by using CreateStoreImageTask.
func TestCreateRestoreImageTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateRestoreImageTask(t.Context(), &ec2.CreateRestoreImageTaskInput{
		// Bucket: *string (required)
		// ObjectKey: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-restore-image-task", out)
}
