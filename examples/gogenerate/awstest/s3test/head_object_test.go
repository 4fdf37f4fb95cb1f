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

// TestHeadObject is the parity test of S3 HeadObject.
// The HEAD operation retrieves metadata from an object without returning the
// object itself.
func TestHeadObject(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.HeadObject(t.Context(), &s3.HeadObjectInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("head-object", out)

	// The modelled error NoSuchKey, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.HeadObject(t.Context(), &s3.HeadObjectInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NoSuchKey" {
			t.Fatalf("HeadObject: got %v, want the modelled error NoSuchKey", err)
		}
		snap.Match("head-object-no-such-key", err)
	}
}
