package s3test_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAbortMultipartUpload is the parity test of S3 AbortMultipartUpload.
// This operation aborts a multipart upload.
func TestAbortMultipartUpload(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.AbortMultipartUpload(t.Context(), &s3.AbortMultipartUploadInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// UploadId: aws.String("__UploadId__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("abort-multipart-upload", out)

	// The modelled error NoSuchUpload, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.AbortMultipartUpload(t.Context(), &s3.AbortMultipartUploadInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
			// UploadId: aws.String("__UploadId__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NoSuchUpload" {
			t.Fatalf("AbortMultipartUpload: got %v, want the modelled error NoSuchUpload", err)
		}
		snap.Match("abort-multipart-upload-no-such-upload", err)
	}
}
