package s3test_test

import (
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutObject is the parity test of S3 PutObject.
// End of support notice: As of October 1, 2025, Amazon S3 has discontinued
// support for Email Grantee Access Control Lists (ACLs).
func TestPutObject(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := aws.String(s3test.CreateBucket(t, client).ID)
	out, err := client.PutObject(t.Context(), &s3.PutObjectInput{
		Bucket:      bucket,
		Key:         aws.String("greeting.txt"),
		Body:        strings.NewReader("hello"),
		ContentType: aws.String("text/plain"),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-object", out)
}
