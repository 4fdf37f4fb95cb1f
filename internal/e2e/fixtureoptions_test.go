package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/fixture"
	"github.com/awsparity/awsparity/runtime/poll"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateNotImplementedFails: a generated fixture whose create the
// in-process fake lacks fails the test naming the operation, so a fake
// that loses an operation turns tests red; SkipIfNotImplemented makes the
// same call skip instead.
func TestCreateNotImplementedFails(t *testing.T) {
	c := sqs.New(sqs.Options{Region: "us-east-1"}, sqstest.WithServer(sqstest.UnimplementedServer{}))
	a := poll.Try(t, func(tb testing.TB) {
		sqstest.CreateQueue(tb, c)
		tb.Errorf("CreateQueue returned")
	})
	reason, skipped := a.SkipReason()
	want := "sqstest.CreateQueue: SQS CreateQueue is not implemented by the server"
	if !a.Failed() || skipped || !strings.HasPrefix(a.Report(), want) || strings.Contains(a.Report(), "cleanup") {
		t.Errorf("default: failed %v with %q (skipped %v %q); want only a fatal starting %q", a.Failed(), a.Report(), skipped, reason, want)
	}

	a = poll.Try(t, func(tb testing.TB) {
		sqstest.CreateQueue(tb, c, func(o *sqstest.CreateQueueOptions) { o.SkipIfNotImplemented = true })
		tb.Errorf("CreateQueue returned")
	})
	reason, skipped = a.SkipReason()
	if a.Failed() || !skipped || !strings.Contains(reason, "SQS CreateQueue is not implemented") {
		t.Errorf("SkipIfNotImplemented: failed %v with %q, skipped %v %q; want a skip naming SQS CreateQueue", a.Failed(), a.Report(), skipped, reason)
	}
}

// TestNoRunTag: the run tag is on a fixture's resource unless the call
// turns it off.
func TestNoRunTag(t *testing.T) {
	c := sqsfake.New().Client()
	for _, noTag := range []bool{false, true} {
		q := sqstest.CreateQueue(t, c, func(o *sqstest.CreateQueueOptions) { o.NoRunTag = noTag })
		out, err := c.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{QueueUrl: aws.String(q.ID)})
		if err != nil {
			t.Fatal(err)
		}
		if _, tagged := out.Tags[fixture.RunTagKey]; tagged == noTag {
			t.Errorf("NoRunTag %v: tags %v", noTag, out.Tags)
		}
	}
}

// TestRunTagNeverRecorded records tag listings of both shapes, a map
// (SQS ListQueueTags) and a key/value list (S3 GetBucketTagging), that
// hold the run tag, and reads the snapshot file: the run tag is absent and
// the test's own tag is there.
func TestRunTagNeverRecorded(t *testing.T) {
	t.Setenv(snapshot.EnvCI, "false") // this test records into a new file by design
	file := filepath.Join(t.TempDir(), "tags.snapshot.json")
	key, value := fixture.RunTag()
	sqsClient := sqsfake.New().Client()
	s3Client := s3fake.New().Client()
	t.Run("record", func(t *testing.T) {
		snap := snapshot.New(t, snapshot.WithFile(file), snapshot.WithTransformers(sqstest.Transformers()...))
		q := sqstest.CreateQueue(t, sqsClient, func(o *sqstest.CreateQueueOptions) { o.Input.Tags = map[string]string{"team": "orders"} })
		tags, err := sqsClient.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{QueueUrl: aws.String(q.ID)})
		if err != nil {
			t.Fatal(err)
		}
		if tags.Tags[key] != value {
			t.Fatalf("the listing lacks the run tag, so this test would prove nothing: %v", tags.Tags)
		}
		snap.Match("queue-tags", tags)

		b := s3test.CreateBucket(t, s3Client)
		_, err = s3Client.PutBucketTagging(t.Context(), &s3.PutBucketTaggingInput{Bucket: aws.String(b.ID), Tagging: &s3types.Tagging{
			TagSet: []s3types.Tag{{Key: aws.String(key), Value: aws.String(value)}, {Key: aws.String("team"), Value: aws.String("orders")}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		bucketTags, err := s3Client.GetBucketTagging(t.Context(), &s3.GetBucketTaggingInput{Bucket: aws.String(b.ID)})
		if err != nil {
			t.Fatal(err)
		}
		snapshot.New(t, snapshot.WithFile(file), snapshot.WithKey(t.Name()+"/s3"), snapshot.WithTransformers(s3test.Transformers()...)).
			Match("bucket-tags", bucketTags)
	})
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	if strings.Contains(got, key) || strings.Contains(got, value) || strings.Count(got, "orders") != 2 {
		t.Errorf("recorded snapshot holds the run tag %s=%s or lost the test's own tags:\n%s", key, value, got)
	}
}
