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

// TestRestoreObject is the parity test of S3 RestoreObject.
// This operation is not supported for directory buckets.
func TestRestoreObject(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.RestoreObject(t.Context(), &s3.RestoreObjectInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-object", out)

	// The modelled error ObjectAlreadyInActiveTierError, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.RestoreObject(t.Context(), &s3.RestoreObjectInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ObjectAlreadyInActiveTierError" {
			t.Fatalf("RestoreObject: got %v, want the modelled error ObjectAlreadyInActiveTierError", err)
		}
		snap.Match("restore-object-object-already-in-active-tier-error", err)
	}
}
