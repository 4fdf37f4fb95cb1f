package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteBucketEncryption is the parity test of S3 DeleteBucketEncryption.
// This implementation of the DELETE action resets the default encryption for
// the bucket as server-side encryption with Amazon S3 managed keys (SSE-S3).
func TestDeleteBucketEncryption(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.DeleteBucketEncryption(t.Context(), &s3.DeleteBucketEncryptionInput{
		Bucket: aws.String(bucket.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-bucket-encryption", out)
}
