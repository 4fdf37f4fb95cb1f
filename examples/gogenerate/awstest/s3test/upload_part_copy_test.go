package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUploadPartCopy is the parity test of S3 UploadPartCopy.
// UploadPartCopy: Uploads a part by copying data from an existing object as data source.
func TestUploadPartCopy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	var bucket *string
	s3test.CreateBucket(t, client, func(in *s3.CreateBucketInput) { bucket = in.Bucket })
	out, err := client.UploadPartCopy(t.Context(), &s3.UploadPartCopyInput{
		Bucket: bucket,
		// CopySource: *string (required)
		// Key: *string (required)
		// PartNumber: *int32 (required)
		// UploadId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upload-part-copy", out)
}
