package fault_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/awsparity/awsparity/runtime/fault"
)

// server counts the requests that reach it.
func server(t *testing.T) (string, *atomic.Int64) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Write([]byte("{}"))
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &n
}

// call sends one request for service:operation to url through a smithy
// stack carrying cfg's API options, as an SDK client does (without its
// retryer: one attempt).
func call(t *testing.T, cfg aws.Config, url, service, operation string) error {
	t.Helper()
	stack := middleware.NewStack(operation, smithyhttp.NewStackRequest)
	err := stack.Serialize.Add(middleware.SerializeMiddlewareFunc("url", func(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
		req := in.Request.(*smithyhttp.Request)
		req.Method = http.MethodPost
		r, err := req.SetStream(strings.NewReader("{}"))
		if err != nil {
			return middleware.SerializeOutput{}, middleware.Metadata{}, err
		}
		if r.URL, err = r.URL.Parse(url); err != nil {
			return middleware.SerializeOutput{}, middleware.Metadata{}, err
		}
		in.Request = r
		return next.HandleSerialize(ctx, in)
	}), middleware.After)
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range cfg.APIOptions {
		if err := opt(stack); err != nil {
			t.Fatal(err)
		}
	}
	// What every SDK client registers first: service id and operation name.
	if err := stack.Initialize.Add(&awsmiddleware.RegisterServiceMetadata{ServiceID: service, OperationName: operation}, middleware.Before); err != nil {
		t.Fatal(err)
	}
	send := middleware.HandlerFunc(func(ctx context.Context, in any) (any, middleware.Metadata, error) {
		resp, err := http.DefaultClient.Do(in.(*smithyhttp.Request).Build(ctx))
		if err != nil {
			return nil, middleware.Metadata{}, &smithyhttp.RequestSendError{Err: err}
		}
		return &smithyhttp.Response{Response: resp}, middleware.Metadata{}, nil
	})
	h := middleware.DecorateHandler(send, stack)
	_, _, err = h.Handle(context.Background(), struct{}{})
	return err
}

func TestPhases(t *testing.T) {
	for _, tc := range []struct {
		phase    fault.Phase
		requests int64
	}{{fault.BeforeServer, 0}, {fault.AfterServer, 1}} {
		t.Run(tc.phase.String(), func(t *testing.T) {
			url, n := server(t)
			var cfg aws.Config
			inj, err := fault.Inject(&cfg, fault.Probability(1), fault.Phases(tc.phase), fault.Codes("ThrottlingException"), fault.Seed(3))
			if err != nil {
				t.Fatal(err)
			}
			err = call(t, cfg, url, "DynamoDB", "PutItem")
			var fe *fault.Error
			if !errors.As(err, &fe) || fe.Phase != tc.phase || fe.Operation != "PutItem" || fe.Service != "DynamoDB" {
				t.Fatalf("error = %v, want an injected fault %s the server", err, tc.phase)
			}
			if got := n.Load(); got != tc.requests {
				t.Errorf("server saw %d requests, want %d", got, tc.requests)
			}
			var apiErr smithy.APIError
			if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ThrottlingException" {
				t.Errorf("error %v carries no ThrottlingException API error", err)
			}
			if !fault.IsInjected(err) {
				t.Error("IsInjected = false")
			}
			attempts, before, after := inj.Counts()
			if attempts != 1 || before+after != 1 {
				t.Errorf("Counts = %d, %d, %d", attempts, before, after)
			}
		})
	}
}

// TestRetryableAsTheSDKSees: injected errors are classified by the SDK's
// own retryer exactly as the real failures they imitate.
func TestRetryableAsTheSDKSees(t *testing.T) {
	url, _ := server(t)
	retryable := retry.IsErrorRetryables(retry.DefaultRetryables)
	for _, code := range []string{"ThrottlingException", "InternalError", "ServiceUnavailable", "SlowDown", fault.ConnectionReset} {
		var cfg aws.Config
		if _, err := fault.Inject(&cfg, fault.Probability(1), fault.Codes(code)); err != nil {
			t.Fatal(err)
		}
		err := call(t, cfg, url, "S3", "CreateBucket")
		if retryable.IsErrorRetryable(err) != aws.TrueTernary {
			t.Errorf("%s: the SDK would not retry %v", code, err)
		}
	}
	var cfg aws.Config
	if _, err := fault.Inject(&cfg, fault.Probability(1), fault.Codes("AccessDenied")); err != nil {
		t.Fatal(err)
	}
	if err := call(t, cfg, url, "S3", "CreateBucket"); retryable.IsErrorRetryable(err) == aws.TrueTernary {
		t.Errorf("the SDK would retry %v", err)
	}
}

// TestSeedIsDeterministic: the same seed gives the same faults for the
// same sequence of calls; another seed does not.
func TestSeedIsDeterministic(t *testing.T) {
	url, _ := server(t)
	run := func(seed uint64) string {
		var cfg aws.Config
		if _, err := fault.Inject(&cfg, fault.Probability(0.3), fault.Seed(seed)); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for range 60 {
			var fe *fault.Error
			if err := call(t, cfg, url, "SQS", "SendMessage"); errors.As(err, &fe) {
				b.WriteString(fe.Phase.String() + ":" + fe.Code + " ")
			} else if err != nil {
				t.Fatal(err)
			} else {
				b.WriteString(". ")
			}
		}
		return b.String()
	}
	a, b, c := run(7), run(7), run(8)
	if a != b {
		t.Errorf("seed 7 gave\n%s\nthen\n%s", a, b)
	}
	if a == c {
		t.Errorf("seeds 7 and 8 gave the same faults: %s", a)
	}
	if !strings.Contains(a, "before:") || !strings.Contains(a, "after:") || !strings.Contains(a, ". ") {
		t.Errorf("60 calls at p=0.3 should see both phases and successes: %s", a)
	}
}

func TestOperationsFilter(t *testing.T) {
	url, _ := server(t)
	var cfg aws.Config
	if _, err := fault.Inject(&cfg, fault.Probability(1), fault.Operations("dynamodb:PutItem", "CloudWatchLogs:*", "Publish")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		service, op string
		faulted     bool
	}{
		{"DynamoDB", "PutItem", true}, {"DynamoDB", "GetItem", false}, {"CloudWatch Logs", "PutLogEvents", true},
		{"SNS", "Publish", true}, {"SQS", "SendMessage", false},
	} {
		err := call(t, cfg, url, tc.service, tc.op)
		if fault.IsInjected(err) != tc.faulted {
			t.Errorf("%s:%s: err = %v, want faulted=%v", tc.service, tc.op, err, tc.faulted)
		}
	}
}

func TestLatency(t *testing.T) {
	url, _ := server(t)
	var cfg aws.Config
	if _, err := fault.Inject(&cfg, fault.Probability(0), fault.Latency(30*time.Millisecond, 40*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := call(t, cfg, url, "SQS", "SendMessage"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("call took %s, want at least the 30ms latency", d)
	}
}

func TestParse(t *testing.T) {
	for _, spec := range []string{
		"p=0.2",
		"p=0.2,codes=ThrottlingException,InternalError,seed=1",
		"p=1, ops=dynamodb:PutItem,s3:*, phase=after, latency=10ms-50ms",
		"p=0.5,latency=5ms,phase=before,after",
		"p=0.2,attempts=1",
	} {
		opts, err := fault.Parse(spec)
		if err != nil {
			t.Errorf("Parse(%q): %v", spec, err)
			continue
		}
		var cfg aws.Config
		if _, err := fault.Inject(&cfg, opts...); err != nil {
			t.Errorf("Inject(Parse(%q)): %v", spec, err)
		}
	}
	for spec, want := range map[string]string{
		"codes=X":             "no p=",
		"p=2":                 "between 0 and 1",
		"p=x":                 "not a number",
		"p=0.1,p=0.2":         "given twice",
		"p=0.1,colour=red":    "unknown key",
		"p=0.1,phase=during":  "not before or after",
		"p=0.1,latency=fast":  "latency=fast",
		"p=0.1,latency=9s-1s": "empty or negative",
		"p=0.1,seed=-1":       "unsigned",
		"p=0.1,attempts=0":    "below 1",
		"p=0.1,attempts=x":    "not a number",
		"p=0.1,ops=:PutItem":  "service:Operation",
		"oops":                "not key=value",
	} {
		opts, err := fault.Parse(spec)
		if err == nil {
			var cfg aws.Config
			_, err = fault.Inject(&cfg, opts...)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one containing %q", spec, err, want)
		}
	}
}

func TestFromEnv(t *testing.T) {
	var cfg aws.Config
	t.Setenv(fault.EnvVar, "")
	if inj, err := fault.FromEnv(&cfg); inj != nil || err != nil || len(cfg.APIOptions) != 0 {
		t.Errorf("unset: %v, %v, %d API options; want nothing", inj, err, len(cfg.APIOptions))
	}
	t.Setenv(fault.EnvVar, "p=0.25,codes=SlowDown,attempts=1,seed=9")
	inj, err := fault.FromEnv(&cfg)
	if err != nil || inj == nil || len(cfg.APIOptions) != 1 || cfg.RetryMaxAttempts != 1 {
		t.Fatalf("set: %v, %v, %d API options, %d attempts", inj, err, len(cfg.APIOptions), cfg.RetryMaxAttempts)
	}
	if got, want := inj.String(), "p=0.25,codes=SlowDown,phase=before+after,attempts=1,seed=9"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	t.Setenv(fault.EnvVar, "p=lots")
	if _, err := fault.FromEnv(&cfg); err == nil || !strings.Contains(err.Error(), fault.EnvVar) {
		t.Errorf("bad spec: error %v does not name %s", err, fault.EnvVar)
	}
}
