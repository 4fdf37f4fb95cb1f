package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestWriteGetObjectResponse is the parity test of S3 WriteGetObjectResponse.
// This operation is not supported for directory buckets.
func TestWriteGetObjectResponse(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	out, err := client.WriteGetObjectResponse(t.Context(), &s3.WriteGetObjectResponseInput{
		// RequestRoute: aws.String("__RequestRoute__"), // required
		// RequestToken: aws.String("__RequestToken__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("write-get-object-response", out)
}
