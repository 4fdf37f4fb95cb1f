package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateBucketMetadataTableConfiguration is the parity test of S3 CreateBucketMetadataTableConfiguration.
// We recommend that you create your S3 Metadata configurations by using the V2
// CreateBucketMetadataConfiguration API operation.
func TestCreateBucketMetadataTableConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.CreateBucketMetadataTableConfiguration(t.Context(), &s3.CreateBucketMetadataTableConfigurationInput{
		Bucket: aws.String(bucket.ID),
		// MetadataTableConfiguration: &types.MetadataTableConfiguration{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-bucket-metadata-table-configuration", out)
}
