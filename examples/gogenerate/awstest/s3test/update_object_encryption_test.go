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

// TestUpdateObjectEncryption is the parity test of S3 UpdateObjectEncryption.
// This operation is not supported for directory buckets or Amazon S3 on
// Outposts buckets.
func TestUpdateObjectEncryption(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.UpdateObjectEncryption(t.Context(), &s3.UpdateObjectEncryptionInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// ObjectEncryption: &types.ObjectEncryptionMemberSSEKMS{Value: types.SSEKMSEncryption{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-object-encryption", out)

	// The modelled error NoSuchKey, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateObjectEncryption(t.Context(), &s3.UpdateObjectEncryptionInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
			// ObjectEncryption: &types.ObjectEncryptionMemberSSEKMS{Value: types.SSEKMSEncryption{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NoSuchKey" {
			t.Fatalf("UpdateObjectEncryption: got %v, want the modelled error NoSuchKey", err)
		}
		snap.Match("update-object-encryption-no-such-key", err)
	}
}
