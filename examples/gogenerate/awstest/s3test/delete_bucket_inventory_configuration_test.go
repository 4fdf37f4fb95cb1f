package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketInventoryConfiguration is the parity test of S3 DeleteBucketInventoryConfiguration.
// Deletes an S3 Inventory configuration (identified by the inventory ID) from
// the bucket.
func TestDeleteBucketInventoryConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	bucketInventoryConfiguration := s3test.CreateBucketInventoryConfiguration(t, client, bucket.ID)
	out, err := client.DeleteBucketInventoryConfiguration(t.Context(), &s3.DeleteBucketInventoryConfigurationInput{
		// Bucket: aws.String("__Bucket__"), // required
		Id: aws.String(bucketInventoryConfiguration.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-inventory-configuration", out)
}
