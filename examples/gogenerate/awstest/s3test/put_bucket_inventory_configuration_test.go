package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutBucketInventoryConfiguration is the parity test of S3 PutBucketInventoryConfiguration.
// This implementation of the PUT action adds an S3 Inventory configuration
// (identified by the inventory ID) to the bucket.
func TestPutBucketInventoryConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	// s3test.CreateBucketInventoryConfiguration calls PutBucketInventoryConfiguration with this input and deletes the BucketInventoryConfiguration when the test ends.
	created := s3test.CreateBucketInventoryConfiguration(t, client, bucket.ID, func(o *s3test.CreateBucketInventoryConfigurationOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
		// o.Input.Id = aws.String("__Id__") // required; the fixture sets it
		// o.Input.InventoryConfiguration = &types.InventoryConfiguration{} // required; the fixture sets it
	})
	out := created.Output
	snap.Match("put-bucket-inventory-configuration", out)
}
