package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketAnalyticsConfiguration is the parity test of S3 DeleteBucketAnalyticsConfiguration.
// This operation is not supported for directory buckets.
func TestDeleteBucketAnalyticsConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	bucketAnalyticsConfiguration := s3test.CreateBucketAnalyticsConfiguration(t, client, bucket.ID)
	out, err := client.DeleteBucketAnalyticsConfiguration(t.Context(), &s3.DeleteBucketAnalyticsConfigurationInput{
		// Bucket: aws.String("__Bucket__"), // required
		Id: aws.String(bucketAnalyticsConfiguration.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-analytics-configuration", out)
}
