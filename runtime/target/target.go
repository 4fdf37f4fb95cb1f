// Package target decides where a parity test sends its AWS requests: a local
// emulator (the default), real AWS (only with TEST_TARGET=AWS_CLOUD), or an
// in-process fake bound by the caller. One test runs against all three
// without edits; only the environment changes.
//
// Unless TEST_TARGET=AWS_CLOUD, the configuration is built here by hand and
// not by the SDK's config loader: static test credentials only (never the
// credential chain, IMDS, SSO, STS or shared config files, and never
// credentials from the environment), endpoints only from AWS_ENDPOINT_URL,
// AWS_ENDPOINT_URL_<SERVICE> or the default emulator address, and any of
// them on an AWS host is refused. The in-process target needs no network.
package target

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/awsparity/awsparity/runtime/fault"
)

// Kind names a target.
type Kind string

// The targets. Their string values are what Config logs.
const (
	Emulator  Kind = "emulator"
	AWS       Kind = "AWS"
	InProcess Kind = "in-process"
)

// Environment variables read by this package, besides the SDK's
// AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, AWS_REGION and
// AWS_DEFAULT_REGION.
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
	// credentials used for emulators and in-process fakes, unless
	// WithCredentials says otherwise.
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

// Option adjusts Config and Load.
type Option func(*options)

type options struct {
	forceInProcess bool
	awsConfig      func(context.Context) (aws.Config, error)
	accessKey      string
	secretKey      string
}

// WithInProcess forces the in-process target whatever TEST_TARGET says: the
// test binds a fake to every client it builds, so nothing may leave the
// process even in an AWS_CLOUD run.
func WithInProcess() Option { return func(o *options) { o.forceInProcess = true } }

// WithAWSConfig supplies the configuration for TEST_TARGET=AWS_CLOUD, the
// only target that uses real credentials. Without it, AWS_CLOUD uses the
// credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
// AWS_SESSION_TOKEN and the region in AWS_REGION (or AWS_DEFAULT_REGION),
// as CI jobs provide them. For profiles, SSO or instance roles, pass the
// SDK's loader from your own pinned config module; this package does not
// call it itself, so that it needs no SDK module besides the core one:
//
//	target.WithAWSConfig(func(ctx context.Context) (aws.Config, error) {
//		return config.LoadDefaultConfig(ctx)
//	})
func WithAWSConfig(load func(context.Context) (aws.Config, error)) Option {
	return func(o *options) { o.awsConfig = load }
}

// WithCredentials replaces the static test credentials sent to emulators
// and fakes, for an emulator that checks them (s3rver wants S3RVER/S3RVER).
// They are test values by definition: credentials from the environment are
// never used outside TEST_TARGET=AWS_CLOUD.
func WithCredentials(accessKeyID, secret string) Option {
	return func(o *options) { o.accessKey, o.secretKey = accessKeyID, secret }
}

// Config returns the aws.Config for the current target and logs which
// target it is, with the faults AWSPARITY_FAULTS asks for (package fault). A
// configuration that cannot be built fails the test.
func Config(t testing.TB, opts ...Option) aws.Config {
	t.Helper()
	cfg, desc, err := Load(context.Background(), opts...)
	if err != nil {
		t.Fatalf("target: %v", err)
	}
	// AWSPARITY_FAULTS injects faults into every client of the suite.
	inj, err := fault.FromEnv(&cfg)
	if err != nil {
		t.Fatalf("target: %v", err)
	}
	if inj != nil {
		desc += ", injecting faults " + inj.String()
	}
	t.Logf("target: %s", desc)
	return cfg
}

// Load is Config without a test: it returns the configuration and a
// one-line description of the target ("emulator http://127.0.0.1:4566").
func Load(ctx context.Context, opts ...Option) (aws.Config, string, error) {
	o := options{accessKey: TestAccessKey, secretKey: TestAccessKey}
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
	if kind == AWS {
		if o.awsConfig == nil {
			cfg, err := awsFromEnv()
			return cfg, string(AWS), err
		}
		cfg, err := o.awsConfig(ctx)
		if err != nil {
			return aws.Config{}, "", fmt.Errorf("loading AWS configuration: %w", err)
		}
		return cfg, string(AWS), nil
	}
	return offline(kind, o)
}

// awsFromEnv is the AWS configuration without WithAWSConfig: the
// environment's static credentials and region, and the SDK's defaults for
// everything else.
func awsFromEnv() (aws.Config, error) {
	id, secret := os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY")
	r := os.Getenv("AWS_REGION")
	if r == "" {
		r = os.Getenv("AWS_DEFAULT_REGION")
	}
	if id == "" || secret == "" || r == "" {
		return aws.Config{}, errors.New(EnvTarget + "=" + valueAWS + " needs AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION, " +
			"or target.WithAWSConfig with your SDK's config.LoadDefaultConfig for profiles, SSO or instance roles")
	}
	creds := aws.Credentials{AccessKeyID: id, SecretAccessKey: secret, SessionToken: os.Getenv("AWS_SESSION_TOKEN"), Source: "environment"}
	return aws.Config{
		Region:      r,
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) { return creds, nil }),
	}, nil
}

// offline builds the emulator or in-process configuration from scratch.
// Every endpoint it may send to is checked before anything is sent.
func offline(kind Kind, o options) (aws.Config, string, error) {
	if on, _ := strconv.ParseBool(os.Getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")); on {
		return aws.Config{}, "", errors.New("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is set, which would send test requests to real AWS; " +
			"unset it, or set TEST_TARGET=AWS_CLOUD to test against AWS")
	}
	eps, err := readEndpoints()
	if err != nil {
		return aws.Config{}, "", err
	}
	cfg := aws.Config{
		Region:      region(),
		Credentials: staticCredentials(o.accessKey, o.secretKey),
		APIOptions:  []func(*middleware.Stack) error{refuseAWSHosts},
	}
	if kind == InProcess {
		// A client built without a fake would otherwise resolve an endpoint
		// and send; refusing in the transport keeps the test offline.
		cfg.HTTPClient = refuseHTTP{}
		cfg.BaseEndpoint = aws.String(eps.base)
		return cfg, string(InProcess), nil
	}
	cfg.BaseEndpoint = aws.String(eps.base)
	cfg.ConfigSources = []any{eps}
	// Operations with an endpoint host prefix (SFN's sync-, …) would prepend
	// it to an IP address or container name, which never resolves.
	cfg.APIOptions = append(cfg.APIOptions, disableHostPrefix)
	return cfg, string(Emulator) + " " + eps.describe(), nil
}

// region is AWS_REGION, else AWS_DEFAULT_REGION, else DefaultRegion.
func region() string {
	for _, name := range []string{"AWS_REGION", "AWS_DEFAULT_REGION"} {
		if r := os.Getenv(name); r != "" {
			return r
		}
	}
	return DefaultRegion
}

func staticCredentials(id, secret string) aws.CredentialsProvider {
	creds := aws.Credentials{AccessKeyID: id, SecretAccessKey: secret, Source: "awsparity test credentials"}
	return aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) { return creds, nil })
}

func disableHostPrefix(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc("awsparity.DisableEndpointHostPrefix",
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			return next.HandleInitialize(smithyhttp.DisableEndpointHostPrefix(ctx, true), in)
		}), middleware.Before)
}
