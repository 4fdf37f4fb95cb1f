package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/fault"
	"github.com/awsparity/awsparity/runtime/fixture"
	"github.com/awsparity/awsparity/runtime/poll"
)

// faultRuns is how many fixtures of each kind TestFixturesUnderFaults makes
// per combination; AWSPARITY_FAULT_RUNS raises it for a measurement.
func faultRuns(t *testing.T) int {
	n := 10
	if s := os.Getenv("AWSPARITY_FAULT_RUNS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			t.Fatalf("AWSPARITY_FAULT_RUNS=%q is not a positive number", s)
		}
	}
	return n
}

// faultKind is one fixture under test: run creates it with a client built
// from cfg and uses it, recording the name it asked for before the create
// is sent; listed names what the emulator still holds, from a client
// without faults.
type faultKind struct {
	name    string
	service string
	run     func(t testing.TB, cfg aws.Config, named func(string))
	listed  func(ctx context.Context, endpoint string) ([]string, error)
	// serial kinds do not run beside each other: kinesalite allows ten
	// shards per account.
	serial bool
}

var faultKinds = []faultKind{
	{
		name: "DynamoDB table", service: "dynamodb",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			c := dynamodb.NewFromConfig(cfg)
			dynamodbtest.CreateTable(t, c, func(in *dynamodb.CreateTableInput) { named(aws.ToString(in.TableName)) })
		},
		listed: func(ctx context.Context, endpoint string) ([]string, error) {
			var names []string
			p := dynamodb.NewListTablesPaginator(dynamodb.NewFromConfig(config(endpoint)), &dynamodb.ListTablesInput{})
			for p.HasMorePages() {
				page, err := p.NextPage(ctx)
				if err != nil {
					return nil, err
				}
				names = append(names, page.TableNames...)
			}
			return names, nil
		},
	},
	{
		name: "S3 bucket", service: "s3",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
			s3test.CreateBucket(t, c, func(in *s3.CreateBucketInput) { named(aws.ToString(in.Bucket)) })
		},
		listed: func(ctx context.Context, endpoint string) ([]string, error) {
			out, err := s3Client(endpoint).ListBuckets(ctx, &s3.ListBucketsInput{})
			if err != nil {
				return nil, err
			}
			var names []string
			for _, b := range out.Buckets {
				names = append(names, aws.ToString(b.Name))
			}
			return names, nil
		},
	},
	{
		name: "SQS queue", service: "sqs",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			sqstest.CreateQueue(t, sqs.NewFromConfig(cfg), func(in *sqs.CreateQueueInput) { named(aws.ToString(in.QueueName)) })
		},
		listed: func(ctx context.Context, endpoint string) ([]string, error) {
			out, err := sqs.NewFromConfig(config(endpoint)).ListQueues(ctx, &sqs.ListQueuesInput{QueueNamePrefix: aws.String("awsparity-")})
			if err != nil {
				return nil, err
			}
			var names []string
			for _, u := range out.QueueUrls {
				names = append(names, u[strings.LastIndex(u, "/")+1:])
			}
			return names, nil
		},
	},
	{
		name: "SNS topic", service: "sns",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			snstest.CreateTopic(t, sns.NewFromConfig(cfg), func(in *sns.CreateTopicInput) { named(aws.ToString(in.Name)) })
		},
		listed: func(ctx context.Context, endpoint string) ([]string, error) {
			var names []string
			p := sns.NewListTopicsPaginator(sns.NewFromConfig(config(endpoint)), &sns.ListTopicsInput{})
			for p.HasMorePages() {
				page, err := p.NextPage(ctx)
				if err != nil {
					return nil, err
				}
				for _, tp := range page.Topics {
					arn := aws.ToString(tp.TopicArn)
					names = append(names, arn[strings.LastIndex(arn, ":")+1:])
				}
			}
			return names, nil
		},
	},
	{
		name: "Kinesis stream", service: "kinesis", serial: true,
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			kinesistest.CreateStream(t, kinesis.NewFromConfig(cfg), func(in *kinesis.CreateStreamInput) { named(aws.ToString(in.StreamName)) })
		},
		listed: func(ctx context.Context, endpoint string) ([]string, error) {
			var names []string
			p := kinesis.NewListStreamsPaginator(kinesis.NewFromConfig(config(endpoint)), &kinesis.ListStreamsInput{})
			for p.HasMorePages() {
				page, err := p.NextPage(ctx)
				if err != nil {
					return nil, err
				}
				names = append(names, page.StreamNames...)
			}
			return names, nil
		},
	},
}

// TestFixturesUnderFaults creates fixtures through clients that fail 20 %
// of attempts, before the server or after it, with the SDK's default
// retryer and with one attempt. Fixtures may fail — each failure must be
// reported — but afterwards a list call on the emulator, made without
// faults, must show none of the resources they asked for: cleanup retries
// what faults break, and a create that failed after the server did its work
// is still cleaned up by its known name.
func TestFixturesUnderFaults(t *testing.T) {
	n := faultRuns(t)
	// Fast waits: the emulators finish transitions in milliseconds.
	for _, w := range []*time.Duration{&dynamodbtest.WaitMinDelay, &s3test.WaitMinDelay, &kinesistest.WaitMinDelay} {
		old := *w
		*w = 20 * time.Millisecond
		t.Cleanup(func() { *w = old })
	}
	var (
		mu     sync.Mutex
		report []string
	)
	for _, attempts := range []int{0, 1} {
		retryer := "default retryer"
		if attempts == 1 {
			retryer = "one attempt"
		}
		for _, phase := range []fault.Phase{fault.BeforeServer, fault.AfterServer} {
			for _, k := range faultKinds {
				name := fmt.Sprintf("%s/%s/%s", strings.ReplaceAll(retryer, " ", "-"), phase, strings.ReplaceAll(k.name, " ", "-"))
				t.Run(name, func(t *testing.T) {
					// Kinds use different emulators or names: in parallel.
					if !k.serial {
						t.Parallel()
					}
					endpoint := emulators.Endpoint(t, k.service)
					var asked []string
					failed, injected := 0, uint64(0)
					for i := range n {
						cfg := config(endpoint)
						cfg.RetryMaxAttempts = attempts
						inj, err := fault.Inject(&cfg, fault.Probability(0.2), fault.Phases(phase), fault.Seed(uint64(i)))
						if err != nil {
							t.Fatal(err)
						}
						completed := false
						a := poll.Try(t, func(tb testing.TB) {
							k.run(tb, cfg, func(s string) { asked = append(asked, s) })
							completed = true
						})
						_, before, after := inj.Counts()
						injected += before + after
						if a.Failed() {
							failed++
							t.Logf("run %d failed, as reported:\n%s", i, a.Report())
							if !strings.Contains(a.Report(), "awsparity/fault: injected") {
								t.Errorf("run %d failed without naming the injected fault:\n%s", i, a.Report())
							}
						} else if !completed {
							t.Errorf("run %d ended early without reporting a failure", i)
						}
					}
					// Deletes finish asynchronously (a table stays DELETING
					// briefly): list until none is left or goneBound passes.
					var left []string
					err := fixture.Poll(context.Background(), 100*time.Millisecond, goneBound, func(ctx context.Context) (bool, error) {
						listed, err := k.listed(ctx, endpoint)
						if err != nil {
							return false, err
						}
						left = left[:0]
						for _, s := range asked {
							if slices.Contains(listed, s) {
								left = append(left, s)
							}
						}
						return len(left) == 0, nil
					})
					if err != nil && len(left) == 0 {
						t.Fatalf("listing after the runs: %v", err)
					}
					if injected == 0 {
						t.Fatalf("no fault was injected in %d runs", n)
					}
					line := fmt.Sprintf("| %s | %s | %s | %d | %d | %d | %d |", retryer, phase, k.name, n, injected, failed, len(left))
					mu.Lock()
					report = append(report, line)
					mu.Unlock()
					if len(left) > 0 {
						t.Errorf("%d of %d %ss left after the runs: %s", len(left), n, k.name, strings.Join(left, ", "))
					}
				})
			}
		}
	}
	t.Cleanup(func() {
		slices.Sort(report)
		t.Logf("\n| retryer | faults | fixture | runs | faults injected | runs failed (reported) | left afterwards |\n|---|---|---|---:|---:|---:|---:|\n%s", strings.Join(report, "\n"))
	})
}
