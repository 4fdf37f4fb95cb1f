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

// TestCopyObject is the parity test of S3 CopyObject.
// Creates a copy of an object that is already stored in Amazon S3.
func TestCopyObject(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.CopyObject(t.Context(), &s3.CopyObjectInput{
		Bucket: aws.String(bucket.ID),
		// CopySource: aws.String("__CopySource__"), // required
		// Key: aws.String("__Key__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("copy-object", out)

	// The modelled error ObjectNotInActiveTierError, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CopyObject(t.Context(), &s3.CopyObjectInput{
			// Bucket: aws.String("__Bucket__"),
			// CopySource: aws.String("__CopySource__"),
			// Key: aws.String("__Key__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ObjectNotInActiveTierError" {
			t.Fatalf("CopyObject: got %v, want the modelled error ObjectNotInActiveTierError", err)
		}
		snap.Match("copy-object-object-not-in-active-tier-error", err)
	}
}
