package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateBucketMetadataInventoryTableConfiguration is the parity test of S3 UpdateBucketMetadataInventoryTableConfiguration.
// Enables or disables a live inventory table for an S3 Metadata configuration
// on a general purpose bucket.
func TestUpdateBucketMetadataInventoryTableConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.UpdateBucketMetadataInventoryTableConfiguration(t.Context(), &s3.UpdateBucketMetadataInventoryTableConfigurationInput{
		Bucket: aws.String(bucket.ID),
		// InventoryTableConfiguration: &types.InventoryTableConfigurationUpdates{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-bucket-metadata-inventory-table-configuration", out)
}
