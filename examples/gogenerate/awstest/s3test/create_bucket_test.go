package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateBucket is the parity test of S3 CreateBucket.
// CreateBucket: This action creates an Amazon S3 bucket.
func TestCreateBucket(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	// s3test.CreateBucket calls CreateBucket with the input below and deletes the Bucket when the test ends.
	out := s3test.CreateBucket(t, client, func(in *s3.CreateBucketInput) {
		// in.Bucket = *string (required; the fixture sets it)
	})
	snap.Match("create-bucket", out)
}
