package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListDirectoryBuckets is the parity test of S3 ListDirectoryBuckets.
// Returns a list of all Amazon S3 directory buckets owned by the authenticated
// sender of the request.
func TestListDirectoryBuckets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	out, err := client.ListDirectoryBuckets(t.Context(), &s3.ListDirectoryBucketsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-directory-buckets", out)
}
