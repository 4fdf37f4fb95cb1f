// Package e2e runs the generated factory fixtures against real third-party
// emulators on 127.0.0.1 (scripts/emulators.sh; in-process gofakes3 for S3
// versions) and, with the very same test bodies, in process against the
// example fakes (inprocess_test.go) and the generated fakes, whose outcomes
// TestFixturesAgree sets beside the emulators' (agree_test.go): each
// fixture creates its resource, the test uses it, and after the test a
// describe or list call proves it is gone — also when the test body fails
// or panics.
package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dynamodbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/fault"
	"github.com/awsparity/awsparity/runtime/fixture"
)

// goneBound caps the wait for an asynchronous delete (kinesalite keeps a
// stream DELETING briefly); emulators finish in well under a second.
const goneBound = 30 * time.Second

// config is every emulator client's configuration, with the faults
// AWSPARITY_FAULTS asks for (checked by TestMain), as target.Config adds them.
func config(endpoint string) aws.Config {
	cfg := plainConfig(endpoint)
	if _, err := fault.FromEnv(&cfg); err != nil {
		panic(err) // TestMain has parsed the same variable
	}
	return cfg
}

// plainConfig is config without injected faults.
func plainConfig(endpoint string) aws.Config {
	return aws.Config{
		Region:       "us-east-1",
		Credentials:  credentials.NewStaticCredentialsProvider("test", "test", ""),
		BaseEndpoint: aws.String(endpoint),
	}
}

func sqsClient(t testing.TB) *sqs.Client {
	return sqs.NewFromConfig(config(emulators.Endpoint(t, "sqs")))
}

func dynamodbClient(t testing.TB) *dynamodb.Client {
	return dynamodb.NewFromConfig(config(emulators.Endpoint(t, "dynamodb")))
}

func kinesisClient(t testing.TB) *kinesis.Client {
	return kinesis.NewFromConfig(config(emulators.Endpoint(t, "kinesis")))
}

// assertGone fails t unless exists reports the resource absent (or
// answers NotFound) within goneBound.
func assertGone(t testing.TB, what string, exists func(ctx context.Context) (bool, error)) {
	t.Helper()
	fixture.VerifyGone(t, what, exists, fixture.WithTimeout(goneBound), fixture.PollEvery(100*time.Millisecond))
}

func queueExists(c *sqs.Client, url string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		_, err := c.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(url)})
		return err == nil, err
	}
}

func tableExists(c *dynamodb.Client, name string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		_, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
		return err == nil, err
	}
}

func TestCreateQueue(t *testing.T) {
	testQueue(subtests{t}, &clients{sqs: sqsClient(t)})
}

// testQueue is the queue fixture test for any SQS client: the queue has a
// unique name, the recipe's attributes and the run tag, takes messages,
// and is gone after the test.
func testQueue(t tb, cs *clients) {
	c := cs.sqs
	var url string
	t.Run("fixture", func(t tb) {
		q := sqstest.CreateQueue(t, c)
		url = q.ID
		if !strings.Contains(url, "awsparity-") {
			t.Errorf("queue URL %q has no unique awsparity- name", url)
		}
		cs.data(t, dataSQS, func(t testing.TB) {
			if _, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: aws.String(url), MessageBody: aws.String("hello")}); err != nil {
				t.Fatalf("SendMessage: %v", err)
			}
		})
		attrs, err := c.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(url), AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameVisibilityTimeout}})
		if err != nil {
			t.Fatalf("GetQueueAttributes: %v", err)
		}
		if got := attrs.Attributes["VisibilityTimeout"]; got != "30" {
			t.Errorf("VisibilityTimeout = %q, want the recipe's 30", got)
		}
		tags, err := c.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{QueueUrl: aws.String(url)})
		if err != nil {
			t.Fatalf("ListQueueTags: %v", err)
		}
		if key, value := fixture.RunTag(); tags.Tags[key] != value {
			t.Errorf("queue tags %v lack the run tag %s=%s", tags.Tags, key, value)
		}
	})
	assertGone(t, "queue "+url, queueExists(c, url))
}

func TestCreateTopic(t *testing.T) {
	testTopic(subtests{t}, &clients{sns: snsClient(t)})
}

// testTopic: the topic takes messages, is listed, and is gone after the
// test.
func testTopic(t tb, cs *clients) {
	c := cs.sns
	var arn string
	t.Run("fixture", func(t tb) {
		arn = snstest.CreateTopic(t, c).ID
		cs.data(t, dataSNS, func(t testing.TB) {
			if _, err := c.Publish(t.Context(), &sns.PublishInput{TopicArn: aws.String(arn), Message: aws.String("hello")}); err != nil {
				t.Fatalf("Publish: %v", err)
			}
		})
		if listed, err := topicListed(c, arn)(t.Context()); !listed {
			t.Fatalf("ListTopics does not show %s (%v)", arn, err)
		}
	})
	assertGone(t, "topic "+arn, topicListed(c, arn))
}

func topicListed(c *sns.Client, arn string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		return snsListed(ctx, sns.NewListTopicsPaginator(c, &sns.ListTopicsInput{}), func(page *sns.ListTopicsOutput) bool {
			return slices.ContainsFunc(page.Topics, func(tp snstypes.Topic) bool { return aws.ToString(tp.TopicArn) == arn })
		})
	}
}

// snsListed reports whether a page of the SNS listing p has what has looks for.
func snsListed[O any](ctx context.Context, p interface {
	HasMorePages() bool
	NextPage(context.Context, ...func(*sns.Options)) (*O, error)
}, has func(*O) bool) (bool, error) {
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return false, err
		}
		if has(page) {
			return true, nil
		}
	}
	return false, nil
}

func TestCreateTable(t *testing.T) {
	testTable(subtests{t}, &clients{dynamodb: dynamodbClient(t)})
}

// testTable: the fixture returns an ACTIVE table that takes items, and it
// is gone after the test.
func testTable(t tb, cs *clients) {
	c := cs.dynamodb
	var name string
	t.Run("fixture", func(t tb) {
		name = dynamodbtest.CreateTable(t, c).ID
		// The fixture returns after the TableExists waiter: the table is ACTIVE.
		desc, err := c.DescribeTable(t.Context(), &dynamodb.DescribeTableInput{TableName: aws.String(name)})
		if err != nil {
			t.Fatalf("DescribeTable: %v", err)
		}
		if desc.Table.TableStatus != dynamodbtypes.TableStatusActive {
			t.Errorf("status after fixture = %s, want ACTIVE", desc.Table.TableStatus)
		}
		cs.data(t, dataDynamoDB, func(t testing.TB) {
			if _, err := c.PutItem(t.Context(), &dynamodb.PutItemInput{
				TableName: aws.String(name),
				Item:      map[string]dynamodbtypes.AttributeValue{"pk": &dynamodbtypes.AttributeValueMemberS{Value: "k"}},
			}); err != nil {
				t.Fatalf("PutItem: %v", err)
			}
		})
	})
	assertGone(t, "table "+name, tableExists(c, name))
}

func TestCreateStream(t *testing.T) {
	testStream(subtests{t}, &clients{kinesis: kinesisClient(t)})
}

// testStream: the fixture returns an ACTIVE stream with a unique name that
// takes records, and it is gone after the test.
func testStream(t tb, cs *clients) {
	c := cs.kinesis
	var name string
	t.Run("fixture", func(t tb) {
		name = kinesistest.CreateStream(t, c).ID
		cs.data(t, dataKinesis, func(t testing.TB) {
			if _, err := c.PutRecord(t.Context(), &kinesis.PutRecordInput{
				StreamName: aws.String(name), PartitionKey: aws.String("k"), Data: []byte("hello"),
			}); err != nil {
				t.Fatalf("PutRecord on a fixture stream (must be ACTIVE): %v", err)
			}
		})
	})
	if !strings.HasPrefix(name, "awsparity-") {
		t.Errorf("stream name %q is not a unique awsparity- name", name)
	}
	assertGone(t, "stream "+name, func(ctx context.Context) (bool, error) {
		_, err := c.DescribeStreamSummary(ctx, &kinesis.DescribeStreamSummaryInput{StreamName: aws.String(name)})
		return err == nil, err
	})
}

// TestCreateBucketFauxqs empties and deletes a bucket with plain objects on
// fauxqs, which lists no versions. It leaves no multipart upload open:
// fauxqs answers ListMultipartUploads with a plain object listing, so no
// cleanup can find an open upload there, and its DeleteBucket refuses the
// bucket while one is open (the cleanup then fails the test naming it).
func TestCreateBucketFauxqs(t *testing.T) {
	testBucket(subtests{t}, &clients{}, s3Client(emulators.Endpoint(t, "s3")), false, false)
}

// TestCreateBucketVersioned runs on gofakes3, which keeps versions and
// lists multipart uploads; the open upload must be aborted by the cleanup.
func TestCreateBucketVersioned(t *testing.T) {
	rec := &abortCounter{}
	c := s3.NewFromConfig(config(emulators.GoFakeS3(t)), func(o *s3.Options) {
		o.UsePathStyle = true
		o.HTTPClient = rec
	})
	testBucket(subtests{t}, &clients{}, c, true, true)
	if n := rec.aborts.Load(); n != 1 {
		t.Errorf("cleanup sent %d AbortMultipartUpload requests, want 1 for the open upload", n)
	}
}

// abortCounter is an HTTP client counting AbortMultipartUpload requests
// (DELETE with an uploadId) on their way to the emulator.
type abortCounter struct{ aborts atomic.Int32 }

func (a *abortCounter) Do(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodDelete && r.URL.Query().Has("uploadId") {
		a.aborts.Add(1)
	}
	return http.DefaultClient.Do(r)
}

// TestCreateBucketS3rver runs where ListObjectVersions is refused (s3rver
// answers 405) and ListMultipartUploads is not implemented (501): emptying
// falls back to the plain listing and skips the uploads.
func TestCreateBucketS3rver(t *testing.T) {
	c := s3rverClient(t)
	t.Run("refuses versions", func(t *testing.T) {
		b := s3test.CreateBucket(t, c)
		_, err := c.ListObjectVersions(t.Context(), &s3.ListObjectVersionsInput{Bucket: aws.String(b.ID)})
		if !fixture.IsUnsupported(err) {
			t.Fatalf("s3rver ListObjectVersions: error %v, want one IsUnsupported accepts (the case this test is for)", err)
		}
	})
	testBucket(subtests{t}, &clients{}, c, false, true)
}

// s3rverClient signs with the key s3rver registers (see scripts/emulators).
func s3rverClient(t testing.TB) *s3.Client {
	cfg := config(emulators.Endpoint(t, emulators.S3rver))
	cfg.Credentials = credentials.NewStaticCredentialsProvider("S3RVER", "S3RVER", "")
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
}

// s3Client addresses buckets by path. The SDK does so by itself on an IP
// endpoint, but with an emulator named by host (localhost) it would send
// requests to <bucket>.localhost, which does not resolve.
func s3Client(endpoint string) *s3.Client {
	return s3.NewFromConfig(config(endpoint), func(o *s3.Options) { o.UsePathStyle = true })
}

// openUpload starts a multipart upload with one part and leaves it open, as
// a test that fails half way does: DeleteBucket refuses such a bucket on
// AWS and fauxqs until the upload is aborted.
func openUpload(t testing.TB, c *s3.Client, bucket string) {
	t.Helper()
	ctx := t.Context()
	up, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: &bucket, Key: aws.String("upload/open")})
	if err != nil {
		t.Fatalf("CreateMultipartUpload: %v", err)
	}
	if _, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: &bucket, Key: up.Key, UploadId: up.UploadId,
		PartNumber: aws.Int32(1), Body: strings.NewReader("part one")}); err != nil {
		t.Fatalf("UploadPart: %v", err)
	}
}

// testBucket is the bucket fixture test for S3 client c. With versioned
// the bucket holds object versions and delete markers, more than one
// ListObjectVersions page of them, and cleanup must still empty it; with
// uploads a multipart upload is left open. All of that is data plane
// (cs.data); the bucket's lifecycle is the fixture and the check after it.
func testBucket(t tb, cs *clients, c *s3.Client, versioned, uploads bool) {
	var bucket string
	t.Run("fixture", func(t tb) {
		bucket = s3test.CreateBucket(t, c).ID
		cs.data(t, dataS3Objects, func(t testing.TB) { putObject(t, c, bucket, "plain", "before versioning") })
		if uploads {
			cs.data(t, dataS3Uploads, func(t testing.TB) { openUpload(t, c, bucket) })
		}
		if !versioned {
			cs.data(t, dataS3Objects, func(t testing.TB) { putObject(t, c, bucket, "dir/nested", "x") })
			return
		}
		cs.data(t, dataS3Versions, func(t testing.TB) { fillVersions(t, c, bucket) })
	})
	assertGone(t, "bucket "+bucket, func(ctx context.Context) (bool, error) {
		_, err := c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &bucket})
		return err == nil, err
	})
}

func putObject(t testing.TB, c *s3.Client, bucket, key, body string) {
	t.Helper()
	if _, err := c.PutObject(t.Context(), &s3.PutObjectInput{Bucket: &bucket, Key: aws.String(key), Body: strings.NewReader(body)}); err != nil {
		t.Fatalf("PutObject %s: %v", key, err)
	}
}

// fillVersions turns versioning on and leaves object versions and a delete
// marker of "plain" for testBucket's cleanup to remove.
func fillVersions(t testing.TB, c *s3.Client, bucket string) {
	ctx := t.Context()
	if _, err := c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{
		Bucket:                  &bucket,
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled},
	}); err != nil {
		t.Fatalf("PutBucketVersioning: %v", err)
	}
	// 1,001 versions and markers besides plain's: more than one page
	// (1,000 per page).
	for i := range 500 {
		putObject(t, c, bucket, fmt.Sprintf("k%03d", i), "v1")
		putObject(t, c, bucket, fmt.Sprintf("k%03d", i), "v2")
	}
	if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: aws.String("plain")}); err != nil {
		t.Fatalf("DeleteObject: %v", err)
	}
	v, err := c.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: &bucket, Prefix: aws.String("plain")})
	if err != nil {
		t.Fatalf("ListObjectVersions: %v", err)
	}
	if len(v.Versions) == 0 || len(v.DeleteMarkers) == 0 {
		t.Fatalf("want a version and a delete marker of plain, got %d versions, %d markers", len(v.Versions), len(v.DeleteMarkers))
	}
	first, err := c.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: &bucket})
	if err != nil {
		t.Fatalf("ListObjectVersions: %v", err)
	}
	if !aws.ToBool(first.IsTruncated) {
		t.Fatal("all versions and markers fit one page; the test needs two")
	}
}

// helperEnv selects the body TestHelperFixtureBody runs in a child process;
// helperOut is the file where it writes what it created.
const (
	helperEnv = "AWSPARITY_E2E_HELPER"
	helperOut = "AWSPARITY_E2E_HELPER_OUT"
)

// TestHelperFixtureBody is not a test of its own: TestCleanupAfter… run it
// as a child process whose body fails or panics after creating a queue, a
// table, and a queue subscribed to a topic the subscription fixture made.
func TestHelperFixtureBody(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("runs only as the child process of TestCleanupAfterFailure and TestCleanupAfterPanic")
	}
	q := sqstest.CreateQueue(t, sqsClient(t))
	tbl := dynamodbtest.CreateTable(t, dynamodbClient(t))
	s := subscribeQueue(t, sqsClient(t), snsClient(t))
	record := strings.Join([]string{q.ID, tbl.ID, s.queueURL, s.queueARN, s.topicARN, s.subscriptionARN}, "\n") + "\n"
	if err := os.WriteFile(os.Getenv(helperOut), []byte(record), 0o600); err != nil {
		t.Fatalf("writing %s: %v", helperOut, err)
	}
	switch mode {
	case "fail":
		t.Fatal("the test body fails on purpose")
	case "panic":
		panic("the test body panics on purpose")
	}
}

func TestCleanupAfterFailure(t *testing.T) {
	testCleanupAfter(t, "fail", "the test body fails on purpose")
}

func TestCleanupAfterPanic(t *testing.T) {
	testCleanupAfter(t, "panic", "the test body panics on purpose")
}

func testCleanupAfter(t *testing.T, mode, want string) {
	sqsC, ddb := sqsClient(t), dynamodbClient(t)
	out := filepath.Join(t.TempDir(), "created")
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestHelperFixtureBody$", "-test.v")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperOut+"="+out)
	output, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("child test should exit non-zero, got err=%v; output:\n%s", err, output)
	}
	if !strings.Contains(string(output), want) {
		t.Fatalf("child output lacks %q:\n%s", want, output)
	}
	if strings.Contains(string(output), "cleanup:") {
		t.Errorf("a cleanup failed in the child:\n%s", output)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("child created nothing (%v); output:\n%s", err, output)
	}
	lines := bufio.NewScanner(strings.NewReader(string(data)))
	var created []string
	for lines.Scan() {
		created = append(created, lines.Text())
	}
	if len(created) != 6 {
		t.Fatalf("child recorded %q, want a queue URL, a table name and a subscribed queue", created)
	}
	assertGone(t, "queue "+created[0], queueExists(sqsC, created[0]))
	assertGone(t, "table "+created[1], tableExists(ddb, created[1]))
	assertSubscribedQueueGone(t, sqsC, snsClient(t), subscribedQueue{queueURL: created[2], queueARN: created[3], topicARN: created[4], subscriptionARN: created[5]})
}
