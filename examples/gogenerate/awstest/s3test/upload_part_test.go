package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUploadPart is the parity test of S3 UploadPart.
// Uploads a part in a multipart upload.
func TestUploadPart(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.UploadPart(t.Context(), &s3.UploadPartInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// PartNumber: aws.Int32(1), // required
		// UploadId: aws.String("__UploadId__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upload-part", out)
}
