package s3test_test

import (
	"io"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetObject is the parity test of S3 GetObject.
// Retrieves an object from Amazon S3.
func TestGetObject(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(s3test.Transformers()...))
	client := newClient(t)
	bucket := aws.String(s3test.CreateBucket(t, client).ID)
	if _, err := client.PutObject(t.Context(), &s3.PutObjectInput{
		Bucket: bucket, Key: aws.String("greeting.txt"), Body: strings.NewReader("hello"), ContentType: aws.String("text/plain"),
	}); err != nil {
		t.Fatal(err)
	}
	out, err := client.GetObject(t.Context(), &s3.GetObjectInput{
		Bucket: bucket,
		Key:    aws.String("greeting.txt"),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Body.Close()
	body, err := io.ReadAll(out.Body)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-object", out)
	snap.Match("body", string(body))
}
