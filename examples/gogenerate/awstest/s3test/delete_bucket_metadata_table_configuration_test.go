package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketMetadataTableConfiguration is the parity test of S3 DeleteBucketMetadataTableConfiguration.
// We recommend that you delete your S3 Metadata configurations by using the V2
// DeleteBucketMetadataTableConfiguration API operation.
func TestDeleteBucketMetadataTableConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.DeleteBucketMetadataTableConfiguration(t.Context(), &s3.DeleteBucketMetadataTableConfigurationInput{
		Bucket: aws.String(bucket.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-metadata-table-configuration", out)
}
