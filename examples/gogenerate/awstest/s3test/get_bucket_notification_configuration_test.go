package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetBucketNotificationConfiguration is the parity test of S3 GetBucketNotificationConfiguration.
// This operation is not supported for directory buckets.
func TestGetBucketNotificationConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.GetBucketNotificationConfiguration(t.Context(), &s3.GetBucketNotificationConfigurationInput{
		Bucket: aws.String(bucket.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-bucket-notification-configuration", out)
}
