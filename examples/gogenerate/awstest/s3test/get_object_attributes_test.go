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

// TestGetObjectAttributes is the parity test of S3 GetObjectAttributes.
// Retrieves all of the metadata from an object without returning the object
// itself.
func TestGetObjectAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.GetObjectAttributes(t.Context(), &s3.GetObjectAttributesInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
		// ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesEtag}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-object-attributes", out)

	// The modelled error NoSuchKey, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.GetObjectAttributes(t.Context(), &s3.GetObjectAttributesInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
			// ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesEtag},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NoSuchKey" {
			t.Fatalf("GetObjectAttributes: got %v, want the modelled error NoSuchKey", err)
		}
		snap.Match("get-object-attributes-no-such-key", err)
	}
}
