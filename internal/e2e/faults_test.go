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
	"github.com/awsparity/awsparity/runtime/sweep"
)

// TestMain refuses a bad AWSPARITY_FAULTS before any test runs: with it,
// every client of the suite (config) gets the faults it describes.
func TestMain(m *testing.M) {
	if _, err := fault.Parse(os.Getenv(fault.EnvVar)); err != nil && os.Getenv(fault.EnvVar) != "" {
		fmt.Fprintln(os.Stderr, "e2e:", fault.EnvVar+":", err)
		os.Exit(2)
	}
	os.Exit(m.Run())
}

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
// is sent; sweep is the generated Sweep on a client without faults, which
// lists (and with sweep.Delete deletes) what is left.
type faultKind struct {
	name    string
	service string
	run     func(t testing.TB, cfg aws.Config, named func(string))
	sweep   func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error)
	// serial kinds do not run beside each other: kinesalite allows ten
	// shards per account.
	serial bool
}

// fastWait is the fixtures' first poll delay: the emulators finish
// transitions in milliseconds.
const fastWait = 20 * time.Millisecond

var faultKinds = []faultKind{
	{
		name: "DynamoDB table", service: "dynamodb",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			c := dynamodb.NewFromConfig(cfg)
			dynamodbtest.CreateTable(t, c, func(o *dynamodbtest.CreateTableOptions) {
				named(aws.ToString(o.Input.TableName))
				o.Wait.MinDelay = fastWait
			})
		},
		sweep: func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error) {
			return dynamodbtest.Sweep(ctx, dynamodb.NewFromConfig(plainConfig(endpoint)), opts...)
		},
	},
	{
		name: "S3 bucket", service: "s3",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
			s3test.CreateBucket(t, c, func(o *s3test.CreateBucketOptions) { named(aws.ToString(o.Input.Bucket)); o.Wait.MinDelay = fastWait })
		},
		sweep: func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error) {
			return s3test.Sweep(ctx, s3.NewFromConfig(plainConfig(endpoint), func(o *s3.Options) { o.UsePathStyle = true }), opts...)
		},
	},
	{
		name: "SQS queue", service: "sqs",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			sqstest.CreateQueue(t, sqs.NewFromConfig(cfg), func(o *sqstest.CreateQueueOptions) {
				named(aws.ToString(o.Input.QueueName))
				o.Wait.MinDelay = fastWait
			})
		},
		sweep: func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error) {
			return sqstest.Sweep(ctx, sqs.NewFromConfig(plainConfig(endpoint)), opts...)
		},
	},
	{
		name: "SNS topic", service: "sns",
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			snstest.CreateTopic(t, sns.NewFromConfig(cfg), func(o *snstest.CreateTopicOptions) { named(aws.ToString(o.Input.Name)); o.Wait.MinDelay = fastWait })
		},
		sweep: func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error) {
			return snstest.Sweep(ctx, sns.NewFromConfig(plainConfig(endpoint)), opts...)
		},
	},
	{
		name: "Kinesis stream", service: "kinesis", serial: true,
		run: func(t testing.TB, cfg aws.Config, named func(string)) {
			kinesistest.CreateStream(t, kinesis.NewFromConfig(cfg), func(o *kinesistest.CreateStreamOptions) {
				named(aws.ToString(o.Input.StreamName))
				o.Wait.MinDelay = fastWait
			})
		},
		sweep: func(ctx context.Context, endpoint string, opts ...sweep.Option) ([]sweep.Found, error) {
			return kinesistest.Sweep(ctx, kinesis.NewFromConfig(plainConfig(endpoint)), opts...)
		},
	},
}

// leftOf returns the names in asked that found holds; a found ID may be a
// queue URL or topic ARN ending in the name.
func leftOf(asked []string, found []sweep.Found) []string {
	var left []string
	for _, name := range asked {
		if slices.ContainsFunc(found, func(f sweep.Found) bool {
			return f.ID == name || strings.HasSuffix(f.ID, "/"+name) || strings.HasSuffix(f.ID, ":"+name)
		}) {
			left = append(left, name)
		}
	}
	return left
}

// TestFixturesUnderFaults creates fixtures through clients that fail 20 %
// of attempts, before the server or after it, with the SDK's default
// retryer and with one attempt. Fixtures may fail — each failure must be
// reported — but afterwards a list call on the emulator, made without
// faults, must show none of the resources they asked for: cleanup retries
// what faults break, and a create that failed after the server did its work
// is still cleaned up by its known name. The measurement in the README:
//
//	scripts/emulators.sh start && . .cache/emulators/env
//	AWSPARITY_FAULT_RUNS=100 go test -count=1 -parallel 10 -run TestFixturesUnderFaults -v ./internal/e2e
func TestFixturesUnderFaults(t *testing.T) {
	n := faultRuns(t)
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
					failed, named, injected := 0, 0, uint64(0)
					for i := range n {
						cfg := plainConfig(endpoint)
						opts := []fault.Option{fault.Probability(0.2), fault.Phases(phase), fault.Seed(uint64(i))}
						if attempts > 0 {
							opts = append(opts, fault.Attempts(attempts))
						}
						inj, err := fault.Inject(&cfg, opts...)
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
						switch {
						case a.Failed() && a.Report() == "(failed without a message)":
							t.Errorf("run %d failed without a message", i)
						case a.Failed() && before+after == 0:
							t.Errorf("run %d failed though no fault was injected:\n%s", i, a.Report())
						case a.Failed():
							failed++
							if strings.Contains(a.Report(), "awsparity/fault: injected") {
								named++
							}
							t.Logf("run %d failed, as reported:\n%s", i, a.Report())
						case !completed:
							t.Errorf("run %d ended early without reporting a failure", i)
						}
					}
					// Deletes finish asynchronously (a table stays DELETING
					// briefly): list until none is left or goneBound passes.
					var left []string
					err := fixture.Poll(context.Background(), 100*time.Millisecond, goneBound, func(ctx context.Context) (bool, error) {
						found, err := k.sweep(ctx, endpoint)
						left = leftOf(asked, found)
						return len(left) == 0, err
					})
					if err != nil && len(left) == 0 {
						t.Fatalf("listing after the runs: %v", err)
					}
					// Leftovers would starve later runs (kinesalite's shard
					// limit): delete them, one exact name at a time.
					for _, name := range left {
						if _, err := k.sweep(context.Background(), endpoint, sweep.Delete(), sweep.Prefix(name)); err != nil {
							t.Errorf("sweeping %s: %v", name, err)
						}
					}
					if injected == 0 {
						t.Fatalf("no fault was injected in %d runs", n)
					}
					line := fmt.Sprintf("| %s | %s | %s | %d | %d | %d (%d) | %d |", retryer, phase, k.name, n, injected, failed, named, len(left))
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
		t.Logf("\n| retryer | faults | fixture | runs | faults injected | runs failed, reported (naming the fault) | left afterwards |\n|---|---|---|---:|---:|---:|---:|\n%s", strings.Join(report, "\n"))
	})
}
