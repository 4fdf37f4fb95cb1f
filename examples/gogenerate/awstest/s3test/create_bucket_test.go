package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateBucket is the parity test of S3 CreateBucket.
// This action creates an Amazon S3 bucket.
func TestCreateBucket(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	// s3test.CreateBucket calls CreateBucket with this input and deletes the Bucket when the test ends.
	created := s3test.CreateBucket(t, client, func(o *s3test.CreateBucketOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
	})
	out := created.Output
	snap.Match("create-bucket", out)
}
