package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutBucketMetricsConfiguration is the parity test of S3 PutBucketMetricsConfiguration.
// Sets a metrics configuration (specified by the metrics configuration ID) for
// the bucket.
func TestPutBucketMetricsConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	// s3test.CreateBucketMetricsConfiguration calls PutBucketMetricsConfiguration with this input and deletes the BucketMetricsConfiguration when the test ends.
	created := s3test.CreateBucketMetricsConfiguration(t, client, bucket.ID, func(o *s3test.CreateBucketMetricsConfigurationOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
		// o.Input.Id = aws.String("__Id__") // required; the fixture sets it
		// o.Input.MetricsConfiguration = &types.MetricsConfiguration{} // required; the fixture sets it
	})
	out := created.Output
	snap.Match("put-bucket-metrics-configuration", out)
}
