package runtimesdk_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/runtime/target"
)

// cleanEnv unsets every variable that steers target selection, so the
// developer's shell cannot change what a test sees; t.Setenv restores them.
func cleanEnv(t *testing.T) {
	t.Helper()
	names := []string{target.EnvTarget, "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
		"AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"}
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "AWS_ENDPOINT_URL_") {
			names = append(names, name)
		}
	}
	for _, n := range names {
		t.Setenv(n, "")
		os.Unsetenv(n)
	}
}

func load(t *testing.T, opts ...target.Option) (aws.Config, string) {
	t.Helper()
	cfg, desc, err := target.Load(context.Background(), opts...)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return cfg, desc
}

func creds(t *testing.T, cfg aws.Config) aws.Credentials {
	t.Helper()
	c, err := cfg.Credentials.Retrieve(context.Background())
	if err != nil {
		t.Fatalf("credentials: %v", err)
	}
	return c
}

func TestEmulatorDefaults(t *testing.T) {
	cleanEnv(t)
	cfg, desc := load(t)
	if desc != "emulator http://localhost:4566" {
		t.Errorf("description = %q", desc)
	}
	if got := aws.ToString(cfg.BaseEndpoint); got != target.DefaultEndpoint {
		t.Errorf("BaseEndpoint = %q, want %q", got, target.DefaultEndpoint)
	}
	if cfg.Region != "us-east-1" {
		t.Errorf("Region = %q", cfg.Region)
	}
	if c := creds(t, cfg); c.AccessKeyID != "test" || c.SecretAccessKey != "test" {
		t.Errorf("credentials = %q/%q, want test/test", c.AccessKeyID, c.SecretAccessKey)
	}
}

func TestEmulatorHonoursEnvironment(t *testing.T) {
	cleanEnv(t)
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9999")
	t.Setenv("AWS_DEFAULT_REGION", "eu-west-1")
	cfg, desc := load(t)
	if desc != "emulator http://127.0.0.1:9999" {
		t.Errorf("description = %q", desc)
	}
	if got := aws.ToString(sqs.NewFromConfig(cfg).Options().BaseEndpoint); got != "http://127.0.0.1:9999" {
		t.Errorf("sqs endpoint = %q", got)
	}
	if cfg.Region != "eu-west-1" {
		t.Errorf("Region = %q, want AWS_DEFAULT_REGION", cfg.Region)
	}
	t.Setenv("AWS_REGION", "ap-south-1")
	if cfg, _ := load(t); cfg.Region != "ap-south-1" {
		t.Errorf("Region = %q, want AWS_REGION over AWS_DEFAULT_REGION", cfg.Region)
	}
}

// Credentials in the environment are never used outside AWS_CLOUD, not even
// against an emulator: only the test credentials or WithCredentials'.
func TestEnvironmentCredentialsNeverUsed(t *testing.T) {
	cleanEnv(t)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIAREALKEY")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "real-secret")
	t.Setenv("AWS_SESSION_TOKEN", "real-token")
	t.Setenv("AWS_PROFILE", "prod")
	for _, tc := range []struct {
		name       string
		opts       []target.Option
		id, secret string
	}{
		{"emulator", nil, "test", "test"},
		{"in-process", []target.Option{target.WithInProcess()}, "test", "test"},
		{"s3rver", []target.Option{target.WithCredentials("S3RVER", "S3RVER")}, "S3RVER", "S3RVER"},
	} {
		cfg, _ := load(t, tc.opts...)
		if c := creds(t, cfg); c.AccessKeyID != tc.id || c.SecretAccessKey != tc.secret || c.SessionToken != "" {
			t.Errorf("%s: credentials = %q/%q/%q, want %s/%s", tc.name, c.AccessKeyID, c.SecretAccessKey, c.SessionToken, tc.id, tc.secret)
		}
	}
}

// Every way to name an endpoint on an AWS host is refused, naming the variable.
func TestAWSEndpointsRefused(t *testing.T) {
	for _, tc := range []struct{ name, value string }{
		{"AWS_ENDPOINT_URL", "https://sqs.us-east-1.amazonaws.com"},
		{"AWS_ENDPOINT_URL", "https://sqs.us-east-1.api.aws"},
		{"AWS_ENDPOINT_URL", "https://sqs.cn-north-1.amazonaws.com.cn/"},
		{"AWS_ENDPOINT_URL_SQS", "https://SQS.US-EAST-1.AMAZONAWS.COM."},
		{"AWS_ENDPOINT_URL_DYNAMODB", "http://dynamodb.us-east-1.amazonaws.com:80"},
		{"AWS_ENDPOINT_URL_S3", "https://amazonaws.com"},
		{"AWS_ENDPOINT_URL", "localhost:4566"},
	} {
		for _, opts := range [][]target.Option{nil, {target.WithInProcess()}} {
			cleanEnv(t)
			t.Setenv(tc.name, tc.value)
			_, _, err := target.Load(context.Background(), opts...)
			if err == nil || !strings.Contains(err.Error(), tc.name+"=") {
				t.Errorf("%s=%s: Load error = %v, want a refusal naming the variable", tc.name, tc.value, err)
			}
		}
	}
	// Hosts that merely contain an AWS domain are not AWS.
	cleanEnv(t)
	t.Setenv("AWS_ENDPOINT_URL", "http://amazonaws.com.localhost:4566")
	load(t)
}

// A per-service variable wins for its service, and every other service still
// reaches the default emulator endpoint instead of real AWS.
func TestEmulatorServiceEndpoint(t *testing.T) {
	cleanEnv(t)
	t.Setenv("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:7777")
	cfg, desc := load(t)
	if want := "emulator http://localhost:4566 (overridden by AWS_ENDPOINT_URL_SQS=http://127.0.0.1:7777)"; desc != want {
		t.Errorf("description = %q, want %q", desc, want)
	}
	if got := aws.ToString(sqs.NewFromConfig(cfg).Options().BaseEndpoint); got != "http://127.0.0.1:7777" {
		t.Errorf("sqs endpoint = %q, want the service variable", got)
	}
	if got := aws.ToString(sns.NewFromConfig(cfg).Options().BaseEndpoint); got != target.DefaultEndpoint {
		t.Errorf("sns endpoint = %q, want the default emulator", got)
	}
}

func TestAWSOnlyWithAWSCloud(t *testing.T) {
	loaded := false
	awsConfig := target.WithAWSConfig(func(context.Context) (aws.Config, error) {
		loaded = true
		return aws.Config{Region: "us-west-2"}, nil
	})
	for _, v := range []string{"", "EMULATOR", "IN_PROCESS", "aws", "AWS", "aws_cloud", "true", "1"} {
		t.Run(fmt.Sprintf("%q", v), func(t *testing.T) {
			cleanEnv(t)
			t.Setenv(target.EnvTarget, v)
			kind, err := target.Current()
			if kind == target.AWS {
				t.Errorf("Current() = AWS")
			}
			cfg, desc, loadErr := target.Load(context.Background(), awsConfig)
			switch {
			case loaded:
				t.Errorf("the AWS configuration was loaded")
			case err != nil:
				if loadErr == nil || !strings.Contains(loadErr.Error(), v) {
					t.Errorf("Load error = %v, want one naming %q", loadErr, v)
				}
			case kind == target.Emulator && (loadErr != nil || cfg.BaseEndpoint == nil):
				t.Errorf("emulator target without an endpoint (error %v) could reach AWS", loadErr)
			case kind == target.InProcess && desc != "in-process":
				t.Errorf("in-process target described as %q", desc)
			}
		})
	}
	t.Run("AWS_CLOUD", func(t *testing.T) {
		cleanEnv(t)
		t.Setenv(target.EnvTarget, "AWS_CLOUD")
		if _, _, err := target.Load(context.Background()); err == nil || !strings.Contains(err.Error(), "WithAWSConfig") {
			t.Errorf("AWS_CLOUD without WithAWSConfig or credentials: error = %v, want one naming the option", err)
		}
		t.Setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
		t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
		t.Setenv("AWS_REGION", "eu-central-1")
		cfg, desc := load(t)
		if c := creds(t, cfg); desc != "AWS" || cfg.Region != "eu-central-1" || c.AccessKeyID != "AKIAIOSFODNN7EXAMPLE" || cfg.BaseEndpoint != nil {
			t.Errorf("AWS_CLOUD from the environment: %q, region %q, key %q, endpoint %v", desc, cfg.Region, c.AccessKeyID, cfg.BaseEndpoint)
		}
		cfg, desc = load(t, awsConfig)
		if !loaded || desc != "AWS" || cfg.Region != "us-west-2" {
			t.Errorf("loaded=%v description=%q region=%q, want the WithAWSConfig configuration", loaded, desc, cfg.Region)
		}
	})
}

func TestIgnoreConfiguredEndpointsRefused(t *testing.T) {
	cleanEnv(t)
	t.Setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
	_, _, err := target.Load(context.Background())
	if err == nil || !strings.Contains(err.Error(), "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") {
		t.Fatalf("Load error = %v, want one naming AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", err)
	}
}

func TestInProcessStaysOffline(t *testing.T) {
	cleanEnv(t)
	t.Setenv(target.EnvTarget, "AWS_CLOUD") // the explicit option must win even here
	cfg, desc := load(t, target.WithInProcess())
	if desc != "in-process" {
		t.Errorf("description = %q", desc)
	}
	if c := creds(t, cfg); c.AccessKeyID != "test" {
		t.Errorf("credentials = %q", c.AccessKeyID)
	}
	_, err := sqs.NewFromConfig(cfg).ListQueues(context.Background(), &sqs.ListQueuesInput{})
	if err == nil || !strings.Contains(err.Error(), "bind a fake") {
		t.Fatalf("unbound client error = %v, want the in-process refusal", err)
	}
	if strings.Contains(err.Error(), "maximum number of attempts") {
		t.Errorf("refusal was retried: %v", err)
	}
}

type request struct{ host, target, auth string }

// emulator is an httptest server on 127.0.0.1 answering SQS ListQueues and
// SFN StartSyncExecution, recording what reached it.
func emulator(t *testing.T) (*httptest.Server, func() []request) {
	t.Helper()
	var mu sync.Mutex
	var got []request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		mu.Lock()
		got = append(got, request{r.Host, r.Header.Get("X-Amz-Target"), r.Header.Get("Authorization")})
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		switch r.Header.Get("X-Amz-Target") {
		case "AmazonSQS.ListQueues":
			fmt.Fprint(w, `{"QueueUrls":["http://127.0.0.1/000000000000/q"]}`)
		default:
			fmt.Fprint(w, `{"executionArn":"arn:aws:states:us-east-1:000000000000:execution:m:x","startDate":0,"stopDate":0,"status":"SUCCEEDED"}`)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []request { mu.Lock(); defer mu.Unlock(); return append([]request(nil), got...) }
}

func TestRealClientReachesLoopbackEmulator(t *testing.T) {
	cleanEnv(t)
	srv, requests := emulator(t)
	t.Setenv("AWS_ENDPOINT_URL", srv.URL)
	rec := &logTB{TB: t}
	cfg := target.Config(rec)
	if want := "target: emulator " + srv.URL; len(rec.logs) != 1 || rec.logs[0] != want {
		t.Errorf("logs = %q, want [%q]", rec.logs, want)
	}

	out, err := sqs.NewFromConfig(cfg).ListQueues(context.Background(), &sqs.ListQueuesInput{})
	if err != nil {
		t.Fatalf("ListQueues: %v", err)
	}
	if len(out.QueueUrls) != 1 {
		t.Errorf("QueueUrls = %v", out.QueueUrls)
	}
	// StartSyncExecution carries the endpoint host prefix "sync-", which
	// would turn 127.0.0.1 into an unresolvable host.
	if _, err := sfn.NewFromConfig(cfg).StartSyncExecution(context.Background(),
		&sfn.StartSyncExecutionInput{StateMachineArn: aws.String("arn:aws:states:us-east-1:000000000000:stateMachine:m")}); err != nil {
		t.Fatalf("StartSyncExecution: %v", err)
	}

	reqs := requests()
	if len(reqs) != 2 {
		t.Fatalf("emulator saw %d requests, want 2: %+v", len(reqs), reqs)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	for i, wantTarget := range []string{"AmazonSQS.ListQueues", "AWSStepFunctions.StartSyncExecution"} {
		r := reqs[i]
		if r.host != host || r.target != wantTarget || !strings.Contains(r.auth, "Credential=test/") {
			t.Errorf("request %d = %+v, want host %s, target %s, test credentials", i, r, host, wantTarget)
		}
	}
}

// logTB records Logf lines; every other method is the real test's.
type logTB struct {
	testing.TB
	logs []string
}

func (l *logTB) Logf(format string, args ...any) {
	l.logs = append(l.logs, fmt.Sprintf(format, args...))
}
