package e2e

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dynamodbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/fault"
	"github.com/awsparity/awsparity/runtime/fixture"
	"github.com/awsparity/awsparity/runtime/sweep"
)

// TestSweep leaves a table, a bucket with an object and a queue behind on
// the emulators, named as fixtures name them, plus one table with another
// name; the generated Sweep functions list the leftovers without touching
// them, delete them only with sweep.Delete (emptying the bucket first, as
// the fixture's cleanup does), and leave the other table alone. The
// deleting sweep narrows the prefix to this test's names, so it never
// deletes what tests running beside it use.
func TestSweep(t *testing.T) {
	// This run's own prefix: the deleting sweeps touch nothing else.
	prefix := fixture.UniqueName("awsparity-sweeptest")
	ctx := context.Background()
	ddb := dynamodbClient(t)
	s3c := s3Client(emulators.Endpoint(t, "s3"))
	sqsC := sqsClient(t)
	// Whatever the body leaves, also when it fails (as under
	// AWSPARITY_FAULTS), is swept at the end by clients without faults.
	plainDDB := dynamodb.NewFromConfig(plainConfig(emulators.Endpoint(t, "dynamodb")))
	fixture.Cleanup(t, "what TestSweep made", func(ctx context.Context) error {
		plainS3 := s3.NewFromConfig(plainConfig(emulators.Endpoint(t, "s3")), func(o *s3.Options) { o.UsePathStyle = true })
		plainSQS := sqs.NewFromConfig(plainConfig(emulators.Endpoint(t, "sqs")))
		opts := []sweep.Option{sweep.Delete(), sweep.Prefix(prefix + "-")}
		_, err1 := dynamodbtest.Sweep(ctx, plainDDB, opts...)
		_, err2 := s3test.Sweep(ctx, plainS3, opts...)
		_, err3 := sqstest.Sweep(ctx, plainSQS, opts...)
		return errors.Join(err1, err2, err3)
	})

	leftTable, otherTable := fixture.UniqueName(prefix), fixture.UniqueName("keep")
	for _, name := range []string{leftTable, otherTable} {
		if _, err := ddb.CreateTable(ctx, &dynamodb.CreateTableInput{
			TableName:            aws.String(name),
			AttributeDefinitions: []dynamodbtypes.AttributeDefinition{{AttributeName: aws.String("pk"), AttributeType: dynamodbtypes.ScalarAttributeTypeS}},
			KeySchema:            []dynamodbtypes.KeySchemaElement{{AttributeName: aws.String("pk"), KeyType: dynamodbtypes.KeyTypeHash}},
			BillingMode:          dynamodbtypes.BillingModePayPerRequest,
		}); err != nil {
			t.Fatalf("CreateTable %s: %v", name, err)
		}
	}
	fixture.Cleanup(t, "table "+otherTable, func(ctx context.Context) error {
		_, err := plainDDB.DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String(otherTable)})
		return err
	})
	bucket := fixture.UniqueName(prefix)
	if _, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(bucket)}); err != nil {
		t.Fatalf("CreateBucket: %v", err)
	}
	if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String("k"), Body: strings.NewReader("x")}); err != nil {
		t.Fatalf("PutObject: %v", err)
	}
	queue, err := sqsC.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(fixture.UniqueName(prefix))})
	if err != nil {
		t.Fatalf("CreateQueue: %v", err)
	}

	sweeps := []struct {
		want  string
		sweep func(opts ...sweep.Option) ([]sweep.Found, error)
	}{
		{leftTable, func(opts ...sweep.Option) ([]sweep.Found, error) { return dynamodbtest.Sweep(ctx, ddb, opts...) }},
		{bucket, func(opts ...sweep.Option) ([]sweep.Found, error) { return s3test.Sweep(ctx, s3c, opts...) }},
		{aws.ToString(queue.QueueUrl), func(opts ...sweep.Option) ([]sweep.Found, error) { return sqstest.Sweep(ctx, sqsC, opts...) }},
	}
	for _, s := range sweeps {
		found, err := s.sweep()
		if err != nil {
			t.Fatalf("listing sweep: %v", err)
		}
		f := find(found, s.want)
		if f == nil || f.Deleted {
			t.Errorf("listing sweep found %v, want %s listed and not deleted", found, s.want)
		}
		for _, f := range found {
			if f.ID == otherTable {
				t.Errorf("sweep matched %s, which lacks the prefix", otherTable)
			}
		}
	}
	// Listing alone deleted nothing.
	if _, err := ddb.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(leftTable)}); err != nil {
		t.Fatalf("the listing sweep touched %s: %v", leftTable, err)
	}
	for _, s := range sweeps {
		found, err := s.sweep(sweep.Delete(), sweep.Prefix(prefix+"-"))
		if err != nil {
			t.Fatalf("deleting sweep: %v", err)
		}
		if f := find(found, s.want); f == nil || !f.Deleted {
			t.Errorf("deleting sweep found %v, want %s deleted", found, s.want)
		}
	}
	assertGone(t, "table "+leftTable, tableExists(ddb, leftTable))
	assertGone(t, "queue "+aws.ToString(queue.QueueUrl), queueExists(sqsC, aws.ToString(queue.QueueUrl)))
	assertGone(t, "bucket "+bucket, func(ctx context.Context) (bool, error) {
		_, err := s3c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &bucket})
		return err == nil, err
	})
	if _, err := ddb.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(otherTable)}); err != nil {
		t.Errorf("the sweep deleted %s, which lacks the prefix: %v", otherTable, err)
	}
}

func find(found []sweep.Found, id string) *sweep.Found {
	i := slices.IndexFunc(found, func(f sweep.Found) bool { return f.ID == id })
	if i < 0 {
		return nil
	}
	return &found[i]
}

// TestSweepRefusesAWS: a client without a custom endpoint, or with an AWS
// host, is refused before any request unless TEST_TARGET=AWS_CLOUD and
// sweep.ConfirmAWS are both given; the client here would fail every
// request it sent, so passing proves nothing was sent.
func TestSweepRefusesAWS(t *testing.T) {
	noEndpoint := dynamodb.NewFromConfig(aws.Config{Region: "us-east-1", HTTPClient: refuseAll{t}})
	awsHost := dynamodb.NewFromConfig(aws.Config{Region: "us-east-1", HTTPClient: refuseAll{t}, BaseEndpoint: aws.String("https://dynamodb.us-east-1.amazonaws.com")})
	for _, tc := range []struct {
		name   string
		target string
		c      *dynamodb.Client
		opts   []sweep.Option
	}{
		{"no endpoint", "", noEndpoint, []sweep.Option{sweep.Delete()}},
		{"AWS host", "", awsHost, []sweep.Option{sweep.Delete(), sweep.ConfirmAWS()}},
		{"AWS_CLOUD without confirmation", "AWS_CLOUD", noEndpoint, []sweep.Option{sweep.Delete()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("TEST_TARGET", tc.target)
			_, err := dynamodbtest.Sweep(context.Background(), tc.c, tc.opts...)
			if err == nil || !strings.Contains(err.Error(), "refusing to reach AWS") {
				t.Errorf("Sweep error = %v, want a refusal", err)
			}
		})
	}
}

// refuseAll fails the test on any request.
type refuseAll struct{ t *testing.T }

func (r refuseAll) Do(req *http.Request) (*http.Response, error) {
	r.t.Errorf("a request was sent: %s %s", req.Method, req.URL)
	return nil, fmt.Errorf("refused")
}

// TestGenSweep runs `gen sweep` on this repository's gen/ against dynalite:
// it lists a leftover table without deleting it, and deletes it with
// -delete. The prefix is the table's own name, so tests beside it lose
// nothing.
func TestGenSweep(t *testing.T) {
	ddb := dynamodbClient(t)
	name := fixture.UniqueName("awsparity-gensweep")
	if _, err := ddb.CreateTable(t.Context(), &dynamodb.CreateTableInput{
		TableName:            aws.String(name),
		AttributeDefinitions: []dynamodbtypes.AttributeDefinition{{AttributeName: aws.String("pk"), AttributeType: dynamodbtypes.ScalarAttributeTypeS}},
		KeySchema:            []dynamodbtypes.KeySchemaElement{{AttributeName: aws.String("pk"), KeyType: dynamodbtypes.KeyTypeHash}},
		BillingMode:          dynamodbtypes.BillingModePayPerRequest,
	}); err != nil {
		t.Fatalf("CreateTable: %v", err)
	}
	// Gone already when gen sweep -delete did its work; this covers a
	// failure before it, with a client without faults.
	fixture.Cleanup(t, "table "+name, func(ctx context.Context) error {
		_, err := dynamodb.NewFromConfig(plainConfig(emulators.Endpoint(t, "dynamodb"))).DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String(name)})
		return err
	})
	genSweep := func(extra ...string) string {
		t.Helper()
		args := append([]string{"run", "github.com/awsparity/awsparity/cmd/gen", "sweep", "-out", "../../gen", "-services", "dynamodb", "-prefix", name}, extra...)
		cmd := exec.CommandContext(t.Context(), "go", args...)
		cmd.Env = append(os.Environ(), "TEST_TARGET=", fault.EnvVar+"=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gen sweep %s: %v\n%s", strings.Join(extra, " "), err, out)
		}
		return string(out)
	}
	if out := genSweep(); !strings.Contains(out, "DynamoDB Table "+name+": found") {
		t.Errorf("gen sweep did not list %s:\n%s", name, out)
	}
	if _, err := ddb.DescribeTable(t.Context(), &dynamodb.DescribeTableInput{TableName: aws.String(name)}); err != nil {
		t.Fatalf("gen sweep without -delete touched %s: %v", name, err)
	}
	if out := genSweep("-delete"); !strings.Contains(out, "DynamoDB Table "+name+": deleted") {
		t.Errorf("gen sweep -delete did not delete %s:\n%s", name, out)
	}
	assertGone(t, "table "+name, tableExists(ddb, name))
}
