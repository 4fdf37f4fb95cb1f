package inproc_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/sqstest"
)

// These run the generated fixtures, unchanged, against the example fakes,
// with the assertions internal/e2e makes against the emulators: the
// resource works during the test and is gone after it.

func TestQueueFixtureOnFake(t *testing.T) {
	c := sqsfake.New().Client()
	var url string
	t.Run("fixture", func(t *testing.T) {
		out := sqstest.CreateQueue(t, c)
		url = aws.ToString(out.QueueUrl)
		if !strings.Contains(url, "awsparity-") {
			t.Errorf("queue URL %q has no unique awsparity- name", url)
		}
		if _, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: out.QueueUrl, MessageBody: aws.String("hello")}); err != nil {
			t.Fatalf("SendMessage: %v", err)
		}
		attrs, err := c.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{QueueUrl: out.QueueUrl,
			AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameVisibilityTimeout}})
		if err != nil {
			t.Fatalf("GetQueueAttributes: %v", err)
		}
		if got := attrs.Attributes["VisibilityTimeout"]; got != "30" {
			t.Errorf("VisibilityTimeout = %q, want the recipe's 30", got)
		}
	})
	_, err := c.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: &url})
	var gone *sqstypes.QueueDoesNotExist
	if !errors.As(err, &gone) {
		t.Errorf("queue %s after the test: %v, want QueueDoesNotExist", url, err)
	}
}

// TestBucketFixtureOnFake fills a versioned bucket with more than one
// ListObjectVersions page of versions and delete markers; the fixture's
// cleanup must still empty and delete it.
func TestBucketFixtureOnFake(t *testing.T) {
	c := s3fake.New().Client()
	var bucket string
	t.Run("fixture", func(t *testing.T) {
		s3test.CreateBucket(t, c, func(in *s3.CreateBucketInput) { bucket = aws.ToString(in.Bucket) })
		ctx := t.Context()
		put := func(key, body string) {
			t.Helper()
			if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: aws.String(key), Body: strings.NewReader(body)}); err != nil {
				t.Fatalf("PutObject %s: %v", key, err)
			}
		}
		put("plain", "before versioning")
		if _, err := c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: &bucket,
			VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}}); err != nil {
			t.Fatalf("PutBucketVersioning: %v", err)
		}
		for i := range 500 {
			put(fmt.Sprintf("k%03d", i), "v1")
			put(fmt.Sprintf("k%03d", i), "v2")
		}
		if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: aws.String("plain")}); err != nil {
			t.Fatalf("DeleteObject: %v", err)
		}
		first, err := c.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: &bucket})
		if err != nil {
			t.Fatalf("ListObjectVersions: %v", err)
		}
		if !aws.ToBool(first.IsTruncated) {
			t.Fatal("1,002 versions and markers fit one page; the test needs two")
		}
	})
	_, err := c.HeadBucket(context.Background(), &s3.HeadBucketInput{Bucket: &bucket})
	var gone *s3types.NotFound
	if !errors.As(err, &gone) {
		t.Errorf("bucket %s after the test: %v, want NotFound", bucket, err)
	}
}
