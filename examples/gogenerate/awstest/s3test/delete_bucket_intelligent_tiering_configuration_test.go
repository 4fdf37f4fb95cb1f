package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketIntelligentTieringConfiguration is the parity test of S3 DeleteBucketIntelligentTieringConfiguration.
// This operation is not supported for directory buckets.
func TestDeleteBucketIntelligentTieringConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	bucketIntelligentTieringConfiguration := s3test.CreateBucketIntelligentTieringConfiguration(t, client, bucket.ID)
	out, err := client.DeleteBucketIntelligentTieringConfiguration(t.Context(), &s3.DeleteBucketIntelligentTieringConfigurationInput{
		// Bucket: aws.String("__Bucket__"), // required
		Id: aws.String(bucketIntelligentTieringConfiguration.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-intelligent-tiering-configuration", out)
}
