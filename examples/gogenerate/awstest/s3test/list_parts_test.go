package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListParts is the parity test of S3 ListParts.
// Lists the parts that have been uploaded for a specific multipart upload.
func TestListParts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.ListParts(t.Context(), &s3.ListPartsInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// UploadId: aws.String("__UploadId__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-parts", out)
}
