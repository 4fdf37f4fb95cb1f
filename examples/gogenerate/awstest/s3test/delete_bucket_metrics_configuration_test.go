package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketMetricsConfiguration is the parity test of S3 DeleteBucketMetricsConfiguration.
// Deletes a metrics configuration for the Amazon CloudWatch request metrics
// (specified by the metrics configuration ID) from the bucket.
func TestDeleteBucketMetricsConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	bucketMetricsConfiguration := s3test.CreateBucketMetricsConfiguration(t, client, bucket.ID)
	out, err := client.DeleteBucketMetricsConfiguration(t.Context(), &s3.DeleteBucketMetricsConfigurationInput{
		// Bucket: aws.String("__Bucket__"), // required
		Id: aws.String(bucketMetricsConfiguration.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-metrics-configuration", out)
}
