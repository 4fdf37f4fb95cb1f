package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateBucketMetadataJournalTableConfiguration is the parity test of S3 UpdateBucketMetadataJournalTableConfiguration.
// Enables or disables journal table record expiration for an S3 Metadata
// configuration on a general purpose bucket.
func TestUpdateBucketMetadataJournalTableConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.UpdateBucketMetadataJournalTableConfiguration(t.Context(), &s3.UpdateBucketMetadataJournalTableConfigurationInput{
		Bucket: aws.String(bucket.ID),
		// JournalTableConfiguration: &types.JournalTableConfigurationUpdates{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-bucket-metadata-journal-table-configuration", out)
}
