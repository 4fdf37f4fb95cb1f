package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateBucketMetadataConfiguration is the parity test of S3 CreateBucketMetadataConfiguration.
// Creates an S3 Metadata V2 metadata configuration for a general purpose
// bucket.
func TestCreateBucketMetadataConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.CreateBucketMetadataConfiguration(t.Context(), &s3.CreateBucketMetadataConfigurationInput{
		Bucket: aws.String(bucket.ID),
		// MetadataConfiguration: &types.MetadataConfiguration{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-bucket-metadata-configuration", out)
}
