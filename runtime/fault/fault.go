// Package fault injects errors and latency into AWS SDK calls, so a suite can
// prove that its code and its cleanup survive throttling, server errors and
// lost responses: pytest-localstack's error probability, for every service.
//
//	inj, err := fault.Inject(&cfg, fault.Probability(0.2), fault.Seed(1),
//		fault.Codes("ThrottlingException", "ProvisionedThroughputExceededException"),
//		fault.Operations("dynamodb:PutItem"))
//
// A fault strikes one attempt, inside the SDK's retry loop, so the client's
// retryer sees it as it would see the real thing. It strikes either before the
// server (the request is never sent) or after it (the server did the work and
// answered, and the client gets an error instead of the answer); the second
// kind is what leaves resources behind whose creation the caller believes
// failed.
//
// AWSPARITY_FAULTS turns faults on for a whole suite through FromEnv, which
// target.Config calls:
//
//	AWSPARITY_FAULTS="p=0.2,codes=ThrottlingException,InternalError,phase=after,attempts=1,seed=1" go test ./...
//
// With the same seed the same sequence of calls gets the same faults.
package fault

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Phase says where a fault strikes.
type Phase int

const (
	// BeforeServer faults end the attempt before the request is sent.
	BeforeServer Phase = 1 << iota
	// AfterServer faults replace a successful answer with an error: the
	// server did the work, the client does not know.
	AfterServer
)

func (p Phase) String() string {
	switch p {
	case BeforeServer:
		return "before"
	case AfterServer:
		return "after"
	}
	return "before+after"
}

// ConnectionReset is the code that makes a fault a connection reset (a
// *net.OpError inside a smithyhttp.RequestSendError) instead of an API error.
const ConnectionReset = "ConnectionReset"

// DefaultCodes are injected when Codes is not given: a throttle, two server
// errors and a dropped connection, the failures a client must retry.
var DefaultCodes = []string{"ThrottlingException", "InternalError", "ServiceUnavailable", ConnectionReset}

// Option configures Inject. Options are checked by Inject, which reports the
// first bad one.
type Option func(*settings) error

type settings struct {
	p          float64
	codes      []string
	ops        []string
	phase      Phase
	latencyMin time.Duration
	latencyMax time.Duration
	seed       uint64
	seeded     bool
	attempts   int
}

// Probability is the chance, from 0 to 1, that a matching attempt fails.
func Probability(p float64) Option {
	return func(s *settings) error {
		if !(p >= 0 && p <= 1) {
			return fmt.Errorf("probability %v is not between 0 and 1", p)
		}
		s.p = p
		return nil
	}
}

// Codes are the error codes injected, one picked at random per fault;
// DefaultCodes when not given. Codes ending in "Throttl…", "Exceeded…" and
// other client codes answer HTTP 400, "SlowDown" and "ServiceUnavailable"
// 503, "Internal…" 500; ConnectionReset is a dropped connection.
func Codes(codes ...string) Option {
	return func(s *settings) error {
		for _, c := range codes {
			if c == "" {
				return fmt.Errorf("empty error code")
			}
		}
		s.codes = append(s.codes, codes...)
		return nil
	}
}

// Operations limits faults to these operations, each "service:Operation",
// "service:*" or "Operation". Services are matched by SDK id, lowercase
// without spaces or hyphens ("dynamodb", "cloudwatchlogs"); operations
// exactly. Without it every operation may fail.
func Operations(ops ...string) Option {
	return func(s *settings) error {
		for _, op := range ops {
			svc, name, ok := strings.Cut(op, ":")
			if op == "" || (ok && (svc == "" || name == "")) {
				return fmt.Errorf("operation %q is not service:Operation, service:* or Operation", op)
			}
		}
		s.ops = append(s.ops, ops...)
		return nil
	}
}

// Phases limits where faults strike; by default a fault strikes before or
// after the server with equal chance.
func Phases(phases ...Phase) Option {
	return func(s *settings) error {
		s.phase = 0
		for _, p := range phases {
			if p != BeforeServer && p != AfterServer {
				return fmt.Errorf("unknown phase %d", p)
			}
			s.phase |= p
		}
		return nil
	}
}

// Latency delays every matching attempt, faulted or not, by a random time
// between min and max before it is sent; the delay ends early when the
// call's context does.
func Latency(min, max time.Duration) Option {
	return func(s *settings) error {
		if min < 0 || max < min {
			return fmt.Errorf("latency range %s-%s is empty or negative", min, max)
		}
		s.latencyMin, s.latencyMax = min, max
		return nil
	}
}

// Seed makes the faults deterministic: the same sequence of calls gets the
// same faults, codes, phases and delays. Without it the seed is random;
// Injector.Seed tells which, to reproduce a run.
func Seed(n uint64) Option {
	return func(s *settings) error {
		s.seed, s.seeded = n, true
		return nil
	}
}

// Attempts sets the clients' attempts per call (aws.Config.RetryMaxAttempts),
// so a suite can run with faults and without the SDK's retries: Attempts(1).
func Attempts(n int) Option {
	return func(s *settings) error {
		if n < 1 {
			return fmt.Errorf("attempts %d is below 1", n)
		}
		s.attempts = n
		return nil
	}
}

// Injector is the installed middleware; it counts what it did.
type Injector struct {
	s settings

	mu  sync.Mutex
	rng *rand.Rand

	attempts, before, after atomic.Uint64
}

// Inject adds fault injection to every client later built from cfg (it
// appends to cfg.APIOptions). Calls made with per-call options see it too.
func Inject(cfg *aws.Config, opts ...Option) (*Injector, error) {
	s := settings{phase: BeforeServer | AfterServer}
	for _, opt := range opts {
		if err := opt(&s); err != nil {
			return nil, fmt.Errorf("fault: %w", err)
		}
	}
	if len(s.codes) == 0 {
		s.codes = DefaultCodes
	}
	if !s.seeded {
		s.seed = rand.Uint64()
	}
	inj := &Injector{s: s, rng: rand.New(rand.NewPCG(s.seed, s.seed^0x9e3779b97f4a7c15))}
	if s.attempts > 0 {
		cfg.RetryMaxAttempts = s.attempts
	}
	cfg.APIOptions = append(cfg.APIOptions, func(st *middleware.Stack) error {
		// First in the deserialize step: inside the retry loop (finalize),
		// around the transport and the operation's deserializer.
		return st.Deserialize.Add(inj, middleware.Before)
	})
	return inj, nil
}

// Seed returns the seed in use.
func (inj *Injector) Seed() uint64 { return inj.s.seed }

// Counts returns how many attempts matched and how many faults struck
// before and after the server.
func (inj *Injector) Counts() (attempts, before, after uint64) {
	return inj.attempts.Load(), inj.before.Load(), inj.after.Load()
}

// String describes the settings in AWSPARITY_FAULTS syntax.
func (inj *Injector) String() string {
	s := inj.s
	var b strings.Builder
	fmt.Fprintf(&b, "p=%v,codes=%s,phase=%s", s.p, strings.Join(s.codes, ","), s.phase)
	if len(s.ops) > 0 {
		fmt.Fprintf(&b, ",ops=%s", strings.Join(s.ops, ","))
	}
	if s.latencyMax > 0 {
		fmt.Fprintf(&b, ",latency=%s-%s", s.latencyMin, s.latencyMax)
	}
	if s.attempts > 0 {
		fmt.Fprintf(&b, ",attempts=%d", s.attempts)
	}
	fmt.Fprintf(&b, ",seed=%d", s.seed)
	return b.String()
}

// ID names the middleware in the stack.
func (*Injector) ID() string { return "awsparity/fault" }

// decision is what happens to one attempt, drawn under one lock so a seed
// gives the same decisions for the same sequence of calls.
type decision struct {
	delay time.Duration
	phase Phase // 0: no fault
	code  string
	n     uint64
}

func (inj *Injector) decide() decision {
	s := &inj.s
	inj.mu.Lock()
	defer inj.mu.Unlock()
	var d decision
	if s.latencyMax > 0 {
		d.delay = s.latencyMin + time.Duration(inj.rng.Int64N(int64(s.latencyMax-s.latencyMin)+1))
	}
	if inj.rng.Float64() >= s.p {
		return d
	}
	d.code = s.codes[inj.rng.IntN(len(s.codes))]
	switch s.phase {
	case BeforeServer, AfterServer:
		d.phase = s.phase
	default:
		d.phase = BeforeServer << inj.rng.IntN(2)
	}
	return d
}

func (inj *Injector) matches(service, operation string) bool {
	if len(inj.s.ops) == 0 {
		return true
	}
	service = serviceKey(service)
	for _, op := range inj.s.ops {
		svc, name, ok := strings.Cut(op, ":")
		if !ok {
			name, svc = svc, "*"
		}
		if (svc == "*" || serviceKey(svc) == service) && (name == "*" || name == operation) {
			return true
		}
	}
	return false
}

// serviceKey is an SDK id as the aws-sdk-go-v2 package spells it:
// "CloudWatch Logs" → "cloudwatchlogs".
func serviceKey(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(s))
}

// HandleDeserialize runs around one attempt.
func (inj *Injector) HandleDeserialize(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	service, operation := awsmiddleware.GetServiceID(ctx), awsmiddleware.GetOperationName(ctx)
	if !inj.matches(service, operation) {
		return next.HandleDeserialize(ctx, in)
	}
	n := inj.attempts.Add(1)
	d := inj.decide()
	d.n = n
	if d.delay > 0 {
		t := time.NewTimer(d.delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return middleware.DeserializeOutput{}, middleware.Metadata{}, ctx.Err()
		case <-t.C:
		}
	}
	if d.phase == BeforeServer {
		inj.before.Add(1)
		return middleware.DeserializeOutput{}, middleware.Metadata{}, inj.fail(d, service, operation)
	}
	out, md, err := next.HandleDeserialize(ctx, in)
	if d.phase != AfterServer || err != nil {
		// A call the server refused did no work; the real error stands.
		return out, md, err
	}
	inj.after.Add(1)
	if raw, ok := out.RawResponse.(*smithyhttp.Response); ok && raw.Body != nil {
		// Streaming outputs (S3 GetObject) hold the connection open.
		_, _ = io.Copy(io.Discard, raw.Body)
		raw.Body.Close()
	}
	return middleware.DeserializeOutput{}, md, inj.fail(d, service, operation)
}

func (inj *Injector) fail(d decision, service, operation string) error {
	return &Error{Phase: d.phase, Service: service, Operation: operation, Code: d.code, N: d.n, Seed: inj.s.seed, Err: cause(d.code)}
}

// cause is the error the SDK itself would return for code.
func cause(code string) error {
	if code == ConnectionReset {
		return &smithyhttp.RequestSendError{Err: &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}}
	}
	status, fault := http.StatusBadRequest, smithy.FaultClient
	switch {
	case code == "SlowDown" || code == "ServiceUnavailable":
		status, fault = http.StatusServiceUnavailable, smithy.FaultServer
	case strings.HasPrefix(code, "Internal"):
		status, fault = http.StatusInternalServerError, smithy.FaultServer
	}
	return &smithyhttp.ResponseError{
		Response: &smithyhttp.Response{Response: &http.Response{StatusCode: status, Header: http.Header{}, Body: http.NoBody}},
		Err:      &smithy.GenericAPIError{Code: code, Message: "injected by awsparity/fault", Fault: fault},
	}
}

// Error is an injected fault. It wraps what the SDK would return for the
// same failure, so retryers, errors.As and error codes see a real one.
type Error struct {
	Phase              Phase
	Service, Operation string
	Code               string
	// N numbers the matching attempt (from 1); with Seed, N and Seed
	// reproduce the fault.
	N, Seed uint64
	Err     error
}

func (e *Error) Error() string {
	where := "before the server (request not sent)"
	if e.Phase == AfterServer {
		where = "after the server (the server did the work)"
	}
	return fmt.Sprintf("awsparity/fault: injected %s into %s.%s %s, attempt %d, seed %d: %v",
		e.Code, e.Service, e.Operation, where, e.N, e.Seed, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// IsInjected reports whether err's chain holds an injected fault.
func IsInjected(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
