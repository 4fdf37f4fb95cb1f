package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutBucketIntelligentTieringConfiguration is the parity test of S3 PutBucketIntelligentTieringConfiguration.
// This operation is not supported for directory buckets.
func TestPutBucketIntelligentTieringConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	// s3test.CreateBucketIntelligentTieringConfiguration calls PutBucketIntelligentTieringConfiguration with this input and deletes the BucketIntelligentTieringConfiguration when the test ends.
	created := s3test.CreateBucketIntelligentTieringConfiguration(t, client, bucket.ID, func(o *s3test.CreateBucketIntelligentTieringConfigurationOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
		// o.Input.Id = aws.String("__Id__") // required; the fixture sets it
		// o.Input.IntelligentTieringConfiguration = &types.IntelligentTieringConfiguration{} // required; the fixture sets it
	})
	out := created.Output
	snap.Match("put-bucket-intelligent-tiering-configuration", out)
}
