// Package target decides where a parity test sends its AWS requests: a local
// emulator (the default), real AWS (only with TEST_TARGET=AWS_CLOUD), or an
// in-process fake bound by the caller. One test runs against all three
// without edits; only the environment changes.
package target

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Kind names a target.
type Kind string

// The targets. Their string values are what Config logs.
const (
	Emulator  Kind = "emulator"
	AWS       Kind = "AWS"
	InProcess Kind = "in-process"
)

// Environment variables read by this package, besides the SDK's own
// (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, AWS_REGION, AWS_ACCESS_KEY_ID …).
const (
	// EnvTarget selects the target: AWS_CLOUD, IN_PROCESS, or EMULATOR/unset.
	EnvTarget = "TEST_TARGET"

	valueAWS       = "AWS_CLOUD"
	valueInProcess = "IN_PROCESS"
	valueEmulator  = "EMULATOR"
)

// Defaults used when the environment does not say otherwise.
const (
	DefaultEndpoint = "http://localhost:4566"
	DefaultRegion   = "us-east-1"
	// TestAccessKey is both the access key id and the secret of the static
	// credentials used for emulators and in-process fakes. Emulators accept
	// any credentials except s3rver, which is configured with AWS_ACCESS_KEY_ID.
	TestAccessKey = "test"
)

// Current returns the target chosen by TEST_TARGET. An unknown value is an
// error rather than a silent fallback, so a typo such as TEST_TARGET=AWS
// never looks like a passing AWS run.
func Current() (Kind, error) {
	switch v := os.Getenv(EnvTarget); v {
	case "", valueEmulator:
		return Emulator, nil
	case valueAWS:
		return AWS, nil
	case valueInProcess:
		return InProcess, nil
	default:
		return "", fmt.Errorf("%s=%q is not a target; use %s, %s or %s (the default)",
			EnvTarget, v, valueAWS, valueInProcess, valueEmulator)
	}
}

// Name returns the current target's name for logs and reports, or
// "invalid" when TEST_TARGET holds an unknown value.
func Name() string {
	k, err := Current()
	if err != nil {
		return "invalid"
	}
	return string(k)
}

// IsAWS reports whether tests run against real AWS. Snapshots recorded
// there ignore skip lists, because AWS is the reference.
func IsAWS() bool { return os.Getenv(EnvTarget) == valueAWS }

// Option adjusts Config.
type Option func(*options)

type options struct {
	forceInProcess bool
	load           []func(*config.LoadOptions) error
}

// WithInProcess forces the in-process target whatever TEST_TARGET says: the
// test binds a fake to every client it builds, so nothing may leave the
// process even in an AWS_CLOUD run.
func WithInProcess() Option { return func(o *options) { o.forceInProcess = true } }

// WithLoadOptions passes extra options to config.LoadDefaultConfig, after
// this package's own, so they win.
func WithLoadOptions(fns ...func(*config.LoadOptions) error) Option {
	return func(o *options) { o.load = append(o.load, fns...) }
}

// Config returns the aws.Config for the current target and logs which
// target it is. A configuration that cannot be loaded fails the test.
func Config(t testing.TB, opts ...Option) aws.Config {
	t.Helper()
	cfg, desc, err := Load(context.Background(), opts...)
	if err != nil {
		t.Fatalf("target: %v", err)
	}
	t.Logf("target: %s", desc)
	return cfg
}

// Load is Config without a test: it returns the configuration and a
// one-line description of the target ("emulator http://127.0.0.1:4566").
func Load(ctx context.Context, opts ...Option) (aws.Config, string, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	kind, err := Current()
	if err != nil {
		return aws.Config{}, "", err
	}
	if o.forceInProcess {
		kind = InProcess
	}
	switch kind {
	case AWS:
		cfg, err := config.LoadDefaultConfig(ctx, o.load...)
		if err != nil {
			return aws.Config{}, "", fmt.Errorf("loading AWS configuration: %w", err)
		}
		return cfg, string(AWS), nil
	case InProcess:
		cfg, err := loadOffline(ctx, o.load)
		if err != nil {
			return aws.Config{}, "", err
		}
		// A client built without a fake would otherwise resolve a real AWS
		// endpoint; refusing in the transport keeps the test offline.
		cfg.HTTPClient = refuseHTTP{}
		return cfg, string(InProcess), nil
	default:
		return loadEmulator(ctx, o.load)
	}
}

func loadEmulator(ctx context.Context, extra []func(*config.LoadOptions) error) (aws.Config, string, error) {
	if on, _ := strconv.ParseBool(os.Getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")); on {
		return aws.Config{}, "", errors.New("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is set, which would send emulator requests to real AWS; " +
			"unset it, or set TEST_TARGET=AWS_CLOUD to test against AWS")
	}
	cfg, err := loadOffline(ctx, extra)
	if err != nil {
		return aws.Config{}, "", err
	}
	desc := string(Emulator) + " "
	if global := os.Getenv("AWS_ENDPOINT_URL"); global != "" {
		desc += global
	} else {
		// Set on aws.Config rather than through config.WithBaseEndpoint:
		// a load option would also shadow AWS_ENDPOINT_URL_<SERVICE>, while
		// this default still yields to them, and services without their own
		// variable reach the emulator instead of real AWS.
		cfg.BaseEndpoint = aws.String(DefaultEndpoint)
		desc += DefaultEndpoint
	}
	if svc := serviceEndpointVars(); len(svc) > 0 {
		desc += " (overridden by " + strings.Join(svc, ", ") + ")"
	}
	// Operations with an endpoint host prefix (SFN's sync-, …) would prepend
	// it to an IP address or container name, which never resolves.
	cfg.APIOptions = append(cfg.APIOptions, disableHostPrefix)
	return cfg, desc, nil
}

// loadOffline loads a configuration that needs no shared config files and
// no credential lookups: static test credentials unless AWS_ACCESS_KEY_ID
// is set, and us-east-1 unless AWS_REGION/AWS_DEFAULT_REGION is set.
func loadOffline(ctx context.Context, extra []func(*config.LoadOptions) error) (aws.Config, error) {
	load := []func(*config.LoadOptions) error{
		// A developer's ~/.aws profile must not change what an emulator run does.
		config.WithSharedConfigFiles([]string{}),
		config.WithSharedCredentialsFiles([]string{}),
	}
	if os.Getenv("AWS_ACCESS_KEY_ID") == "" {
		load = append(load, config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(TestAccessKey, TestAccessKey, "")))
	}
	cfg, err := config.LoadDefaultConfig(ctx, append(load, extra...)...)
	if err != nil {
		return aws.Config{}, fmt.Errorf("loading test configuration: %w", err)
	}
	if cfg.Region == "" {
		cfg.Region = DefaultRegion
	}
	return cfg, nil
}

func serviceEndpointVars() []string {
	var vars []string
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "AWS_ENDPOINT_URL_") && value != "" {
			vars = append(vars, kv)
		}
	}
	sort.Strings(vars)
	return vars
}

func disableHostPrefix(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc("awsparity.DisableEndpointHostPrefix",
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			return next.HandleInitialize(smithyhttp.DisableEndpointHostPrefix(ctx, true), in)
		}), middleware.Before)
}
