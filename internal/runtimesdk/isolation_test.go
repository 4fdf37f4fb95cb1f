package runtimesdk_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"github.com/awsparity/awsparity/internal/testenv"
	"github.com/awsparity/awsparity/runtime/target"
)

// isolatedEnv marks the child process that runs TestIsolatedTargets, and
// says how it is isolated: in its own network namespace (modeNetns) or
// behind a recording proxy (modeProxy).
const (
	isolatedEnv = "AWSPARITY_ISOLATED_CHILD"
	modeNetns   = "netns"
	modeProxy   = "proxy"
)

// exampleKey is AWS's documented example access key id: it stands for a
// developer's real key, which must never appear in a request.
const exampleKey = "AKIAIOSFODNN7EXAMPLE"

// TestTargetsStayOnLoopback runs TestIsolatedTargets in a network namespace
// of its own (unshare -n) whose only interface is loopback and whose
// default routes, IPv4 and IPv6, point at loopback too: nothing can leave
// the machine, and any attempt to reach another address (IMDS at
// 169.254.169.254, STS, SSO, a DNS server) arrives at a listener of the
// child that records it.
func TestTargetsStayOnLoopback(t *testing.T) {
	if os.Getenv(isolatedEnv) != "" {
		t.Skip("the parent of the isolated run")
	}
	script := `ip link set lo up && ip route add local default dev lo && ip -6 route add local default dev lo && exec "$0" "$@"`
	cmd := exec.Command("unshare", "-n", "--", "sh", "-c", script,
		os.Args[0], "-test.run=^TestIsolatedTargets$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), isolatedEnv+"="+modeNetns)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		t.Logf("isolated run:\n%s", out)
		if !strings.Contains(string(out), "--- PASS: TestIsolatedTargets") {
			t.Errorf("the isolated run did not run TestIsolatedTargets:\n%s", out)
		}
	case errors.As(err, &exit) && strings.Contains(string(out), "=== RUN   TestIsolatedTargets"):
		t.Fatalf("isolated run failed: %v\n%s", err, out)
	default:
		testenv.Missing(t, "cannot set up a network namespace (unshare -n, ip; needs root or CAP_SYS_ADMIN): %v\n%s", err, out)
	}
}

// TestTargetsThroughRecordingProxy runs TestIsolatedTargets behind a proxy
// on 127.0.0.1 that refuses CONNECT and records every request sent to it:
// the SDK's HTTP clients send everything but loopback traffic through
// HTTP_PROXY and HTTPS_PROXY, so any request for AWS, IMDS or the container
// endpoint is recorded. It needs no privileges, so it always runs, beside
// the stronger namespace proof.
func TestTargetsThroughRecordingProxy(t *testing.T) {
	if os.Getenv(isolatedEnv) != "" {
		t.Skip("the parent of the isolated run")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestIsolatedTargets$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), isolatedEnv+"="+modeProxy)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestIsolatedTargets") {
		t.Fatalf("run behind the recording proxy: %v\n%s", err, out)
	}
	t.Logf("run behind the recording proxy:\n%s", out)
}

// TestIsolatedTargets is the body of TestTargetsStayOnLoopback and
// TestTargetsThroughRecordingProxy: per environment a developer's shell may
// hold, the target's configuration sends SQS and STS calls only to the
// emulator on loopback, signed with the test credentials, and nothing tries
// to reach anything else.
func TestIsolatedTargets(t *testing.T) {
	var stray *strayListeners
	emuURL := "" // the default endpoint, target.DefaultEndpoint
	switch mode := os.Getenv(isolatedEnv); mode {
	case modeNetns:
		ifaces, err := net.Interfaces()
		if err != nil || len(ifaces) != 1 || ifaces[0].Flags&net.FlagLoopback == 0 {
			t.Fatalf("not isolated: interfaces %v (%v), want loopback only", ifaces, err)
		}
		stray = listenStray(t)
	case modeProxy:
		// Set before this process sends any HTTP request: Go reads the
		// proxy variables once.
		stray = listenProxy(t)
		// The default emulator port may be taken outside a namespace of
		// our own: cases without an endpoint of their own use this one.
		emuURL = "http://127.0.0.1:0"
	default:
		t.Skip("runs only as the child of TestTargetsStayOnLoopback or TestTargetsThroughRecordingProxy")
	}
	emu := listenEmulator(t, strings.TrimPrefix(emuURL, "http://"))
	if emuURL != "" {
		emuURL = "http://" + emu.addr
	}

	dir := t.TempDir()
	marker := filepath.Join(dir, "credential_process-ran")
	configFile := filepath.Join(dir, "config")
	credsFile := filepath.Join(dir, "credentials")
	writeFile(t, configFile, "[profile prod]\nregion = eu-west-1\nrole_arn = arn:aws:iam::123456789012:role/prod\nsource_profile = base\n"+
		"[profile base]\ncredential_process = touch "+marker+"\n"+
		"[profile sso]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = admin\n")
	writeFile(t, credsFile, "[prod]\naws_access_key_id = "+exampleKey+"\naws_secret_access_key = prod-secret\n")

	for _, tc := range []struct {
		name    string
		env     map[string]string
		refused string // the variable a refusal must name, if Load must refuse
		// clientEndpoint is an endpoint the test's clients set themselves,
		// past the checks of Load; every call must be refused before sending.
		clientEndpoint string
	}{
		{name: "no environment"},
		{name: "access key only", env: map[string]string{"AWS_ACCESS_KEY_ID": exampleKey}},
		{name: "full credentials", env: map[string]string{
			"AWS_ACCESS_KEY_ID": exampleKey, "AWS_SECRET_ACCESS_KEY": "real-secret", "AWS_SESSION_TOKEN": "real-token"}},
		{name: "a profile", env: map[string]string{
			"AWS_PROFILE": "prod", "AWS_CONFIG_FILE": configFile, "AWS_SHARED_CREDENTIALS_FILE": credsFile,
			"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.2/v2/credentials", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/x",
			"AWS_WEB_IDENTITY_TOKEN_FILE": credsFile}},
		{name: "an SSO profile", env: map[string]string{"AWS_PROFILE": "sso", "AWS_CONFIG_FILE": configFile}},
		{name: "an AWS endpoint URL", env: map[string]string{
			"AWS_ACCESS_KEY_ID": exampleKey, "AWS_ENDPOINT_URL": "https://sqs.us-east-1.amazonaws.com"}, refused: "AWS_ENDPOINT_URL"},
		{name: "an AWS service endpoint URL", env: map[string]string{
			"AWS_ENDPOINT_URL_STS": "https://sts.amazonaws.com"}, refused: "AWS_ENDPOINT_URL_STS"},
		{name: "a client's own AWS endpoint", env: map[string]string{"AWS_ACCESS_KEY_ID": exampleKey},
			clientEndpoint: "https://sqs.us-east-1.amazonaws.com"},
		{name: "in-process", env: map[string]string{
			target.EnvTarget: "IN_PROCESS", "AWS_ACCESS_KEY_ID": exampleKey, "AWS_SECRET_ACCESS_KEY": "real-secret",
			"AWS_PROFILE": "prod", "AWS_CONFIG_FILE": configFile, "AWS_SHARED_CREDENTIALS_FILE": credsFile}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cleanEnv(t)
			if emuURL != "" {
				t.Setenv("AWS_ENDPOINT_URL", emuURL)
			}
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			emu.reset()
			stray.reset()
			ctx := context.Background()
			cfg, desc, err := target.Load(ctx)
			if tc.refused != "" {
				if err == nil || !strings.Contains(err.Error(), tc.refused+"=") {
					t.Errorf("Load error = %v, want a refusal naming %s", err, tc.refused)
				}
			} else {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				var sqsOpts []func(*sqs.Options)
				var stsOpts []func(*sts.Options)
				if e := tc.clientEndpoint; e != "" {
					sqsOpts = append(sqsOpts, func(o *sqs.Options) { o.BaseEndpoint = &e })
					stsOpts = append(stsOpts, func(o *sts.Options) { o.BaseEndpoint = &e })
				}
				_, sqsErr := sqs.NewFromConfig(cfg, sqsOpts...).ListQueues(ctx, &sqs.ListQueuesInput{})
				_, stsErr := sts.NewFromConfig(cfg, stsOpts...).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
				switch {
				case tc.clientEndpoint != "":
					for _, err := range []error{sqsErr, stsErr} {
						if err == nil || !strings.Contains(err.Error(), "it is an AWS host") {
							t.Errorf("call to %s: error %v, want the refusal of an AWS host", tc.clientEndpoint, err)
						}
					}
					if n := len(emu.requests()); n != 0 {
						t.Errorf("the emulator saw %d requests, want none", n)
					}
				case tc.env[target.EnvTarget] == "IN_PROCESS":
					if sqsErr == nil || stsErr == nil || len(emu.requests()) != 0 {
						t.Errorf("in-process: calls answered (sqs %v, sts %v) or sent (%d requests)", sqsErr, stsErr, len(emu.requests()))
					}
				default:
					if reqs := emu.requests(); len(reqs) < 2 {
						t.Errorf("%s: the emulator on loopback saw %d requests, want the SQS and the STS call (sqs %v, sts %v)",
							desc, len(reqs), sqsErr, stsErr)
					}
				}
				for _, r := range emu.requests() {
					if !strings.Contains(r.auth, "Credential="+target.TestAccessKey+"/") || strings.Contains(r.auth, exampleKey) || r.token != "" {
						t.Errorf("request to the emulator signed with %q, session token %q; want the test credentials only", r.auth, r.token)
					}
				}
			}
			if got := stray.attempts(); len(got) > 0 {
				t.Errorf("attempts to leave loopback: %v", got)
			}
			if _, err := os.Stat(marker); err == nil {
				t.Error("the profile's credential_process ran")
			}
		})
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// recorder collects what reached a listener.
type recorder[T any] struct {
	mu  sync.Mutex
	got []T
}

func (r *recorder[T]) add(v T) { r.mu.Lock(); r.got = append(r.got, v); r.mu.Unlock() }
func (r *recorder[T]) reset()  { r.mu.Lock(); r.got = nil; r.mu.Unlock() }
func (r *recorder[T]) all() []T {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]T(nil), r.got...)
}

type strayListeners struct{ recorder[string] }

func (s *strayListeners) attempts() []string { return s.all() }

// listenStray listens where AWS endpoints, IMDS, the container credentials
// endpoint and DNS servers would be reached: TCP 80, 443 and 53 and UDP 53
// on every address, which the namespace's default routes deliver here.
// Each connection or datagram is recorded with the address it was meant for.
func listenStray(t *testing.T) *strayListeners {
	s := &strayListeners{}
	for _, port := range []string{"80", "443", "53"} {
		l, err := net.Listen("tcp", ":"+port)
		if err != nil {
			t.Fatalf("listening on tcp %s: %v", port, err)
		}
		t.Cleanup(func() { l.Close() })
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				s.add("tcp " + c.LocalAddr().String())
				c.Close()
			}
		}()
	}
	pc, err := net.ListenPacket("udp", ":53")
	if err != nil {
		t.Fatalf("listening on udp 53: %v", err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, _, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			s.add(fmt.Sprintf("dns query %q", buf[:n]))
		}
	}()
	return s
}

// listenProxy starts a proxy on 127.0.0.1 that refuses CONNECT (403) and
// every other request (502), recording each, and points this process's
// proxy variables at it.
func listenProxy(t *testing.T) *strayListeners {
	s := &strayListeners{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listening for the proxy: %v", err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodConnect {
			s.add("CONNECT " + r.Host)
			http.Error(w, "refused by the test proxy", http.StatusForbidden)
			return
		}
		s.add(r.Method + " " + r.URL.String() + " (Authorization: " + r.Header.Get("Authorization") + ")")
		http.Error(w, "refused by the test proxy", http.StatusBadGateway)
	})}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	for _, name := range []string{"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"} {
		os.Setenv(name, "http://"+l.Addr().String())
	}
	for _, name := range []string{"NO_PROXY", "no_proxy"} {
		os.Unsetenv(name)
	}
	return s
}

type emuRequest struct{ host, auth, token string }

type emulatorRecorder struct {
	recorder[emuRequest]
	addr string
}

func (e *emulatorRecorder) requests() []emuRequest { return e.all() }

// listenEmulator answers on addr, else on target.DefaultEndpoint
// (localhost:4566, free in a fresh namespace), as an emulator would,
// recording each request's signature.
func listenEmulator(t *testing.T, addr string) *emulatorRecorder {
	if addr == "" {
		addr = strings.TrimPrefix(target.DefaultEndpoint, "http://localhost")
		addr = "127.0.0.1" + addr
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listening for the emulator on %s: %v", addr, err)
	}
	e := &emulatorRecorder{addr: l.Addr().String()}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		e.add(emuRequest{r.Host, r.Header.Get("Authorization"), r.Header.Get("X-Amz-Security-Token")})
		if r.Header.Get("X-Amz-Target") != "" {
			w.Header().Set("Content-Type", "application/x-amz-json-1.0")
			fmt.Fprint(w, `{"QueueUrls":[]}`)
			return
		}
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprint(w, `<GetCallerIdentityResponse><GetCallerIdentityResult><Account>000000000000</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`)
	})}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return e
}
