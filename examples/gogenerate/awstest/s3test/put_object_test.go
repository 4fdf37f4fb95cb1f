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

// TestPutObject is the parity test of S3 PutObject.
// End of support notice: As of October 1, 2025, Amazon S3 has discontinued
// support for Email Grantee Access Control Lists (ACLs).
func TestPutObject(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.PutObject(t.Context(), &s3.PutObjectInput{
		Bucket: aws.String(bucket.ID),
		// Key: aws.String("__Key__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-object", out)

	// The modelled error InvalidRequest, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.PutObject(t.Context(), &s3.PutObjectInput{
			// Bucket: aws.String("__Bucket__"),
			// Key: aws.String("__Key__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "InvalidRequest" {
			t.Fatalf("PutObject: got %v, want the modelled error InvalidRequest", err)
		}
		snap.Match("put-object-invalid-request", err)
	}
}
