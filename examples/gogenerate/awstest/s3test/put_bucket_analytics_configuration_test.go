package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutBucketAnalyticsConfiguration is the parity test of S3 PutBucketAnalyticsConfiguration.
// This operation is not supported for directory buckets.
func TestPutBucketAnalyticsConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	// s3test.CreateBucketAnalyticsConfiguration calls PutBucketAnalyticsConfiguration with this input and deletes the BucketAnalyticsConfiguration when the test ends.
	created := s3test.CreateBucketAnalyticsConfiguration(t, client, bucket.ID, func(o *s3test.CreateBucketAnalyticsConfigurationOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
		// o.Input.Id = aws.String("__Id__") // required; the fixture sets it
		// o.Input.AnalyticsConfiguration = &types.AnalyticsConfiguration{} // required; the fixture sets it
	})
	out := created.Output
	snap.Match("put-bucket-analytics-configuration", out)
}
