package s3test_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateBucket is the parity test of S3 CreateBucket.
// This action creates an Amazon S3 bucket.
func TestCreateBucket(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	// s3test.CreateBucket calls CreateBucket with this input and deletes the Bucket when the test ends.
	created := s3test.CreateBucket(t, client, func(o *s3test.CreateBucketOptions) {
		// o.Input.Bucket = aws.String("__Bucket__") // required; the fixture sets it
	})
	out := created.Output
	snap.Match("create-bucket", out)

	// The modelled error BucketAlreadyExists, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CreateBucket(t.Context(), &s3.CreateBucketInput{
			// Bucket: aws.String("__Bucket__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "BucketAlreadyExists" {
			t.Fatalf("CreateBucket: got %v, want the modelled error BucketAlreadyExists", err)
		}
		snap.Match("create-bucket-bucket-already-exists", err)
	}
}
