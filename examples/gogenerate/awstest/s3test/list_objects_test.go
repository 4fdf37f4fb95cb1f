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

// TestListObjects is the parity test of S3 ListObjects.
// This operation is not supported for directory buckets.
func TestListObjects(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.ListObjects(t.Context(), &s3.ListObjectsInput{
		Bucket: aws.String(bucket.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-objects", out)

	// The modelled error NoSuchBucket, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListObjects(t.Context(), &s3.ListObjectsInput{
			// Bucket: aws.String("__Bucket__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NoSuchBucket" {
			t.Fatalf("ListObjects: got %v, want the modelled error NoSuchBucket", err)
		}
		snap.Match("list-objects-no-such-bucket", err)
	}
}
