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

// TestRenameObject is the parity test of S3 RenameObject.
// Renames an existing object in a directory bucket that uses the S3 Express One
// Zone storage class.
func TestRenameObject(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.RenameObject(t.Context(), &s3.RenameObjectInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// RenameSource: aws.String("__RenameSource__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("rename-object", out)

	// The modelled error IdempotencyParameterMismatch, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.RenameObject(t.Context(), &s3.RenameObjectInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
			// RenameSource: aws.String("__RenameSource__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "IdempotencyParameterMismatch" {
			t.Fatalf("RenameObject: got %v, want the modelled error IdempotencyParameterMismatch", err)
		}
		snap.Match("rename-object-idempotency-parameter-mismatch", err)
	}
}
