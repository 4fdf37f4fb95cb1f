package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListBuckets is the parity test of S3 ListBuckets.
// This operation is not supported for directory buckets.
func TestListBuckets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	out, err := client.ListBuckets(t.Context(), &s3.ListBucketsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-buckets", out)
}
