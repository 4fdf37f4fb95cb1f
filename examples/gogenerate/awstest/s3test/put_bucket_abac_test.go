package s3test_test

import (
	"testing"

	"example.com/shop/awstest/s3test"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutBucketAbac is the parity test of S3 PutBucketAbac.
// Sets the attribute-based access control (ABAC) property of the general
// purpose bucket.
func TestPutBucketAbac(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := s3test.CreateBucket(t, client)
	out, err := client.PutBucketAbac(t.Context(), &s3.PutBucketAbacInput{
		Bucket: aws.String(bucket.ID),
		// AbacStatus: &types.AbacStatus{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-bucket-abac", out)
}
