// Package emulator starts a local AWS emulator for a test run, waits until it
// answers, points the SDK at it and stops it afterwards, like
// pytest-localstack's session fixture does for LocalStack. It works with any
// emulator that is a command: LocalStack, MiniStack, kumo, moto_server,
// dynalite, kinesalite, a jar, a script.
//
// The SDK is pointed at the emulator with its own environment variables
// (AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>), so clients built by
// config.LoadDefaultConfig or runtime/target pick it up unaided.
//
//	func TestMain(m *testing.M) {
//		os.Exit(emulator.Run(m, emulator.Config{
//			Command:  []string{"moto_server", "-H", "127.0.0.1", "-p", emulator.Port},
//			Services: []string{"SQS", "DynamoDB"},
//		}))
//	}
//
// The package uses only the standard library.
package emulator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Port is the placeholder for the emulator's port in Config.Command and
// Config.Env: Start replaces it with a free port on 127.0.0.1.
const Port = "{port}"

// Host is where emulators are reached: the loopback address only, so a test
// run never exposes an emulator to the network.
const Host = "127.0.0.1"

// Defaults for the zero values of Config.
const (
	DefaultReadyTimeout = 60 * time.Second
	DefaultStopTimeout  = 10 * time.Second
)

// TestCredential is the access key id and secret Setenv exports: emulators
// accept any credentials, and a test run must never sign with real ones.
const TestCredential = "test"

// Config describes one emulator.
type Config struct {
	// Command is the program and its arguments. Every Port in it is replaced
	// by the port chosen for this run.
	Command []string
	// Env is added to the inherited environment, KEY=VALUE, Port replaced.
	Env []string
	// Dir is the working directory (default: the current one).
	Dir string
	// Services are the SDK service ids the emulator serves ("SQS", "DynamoDB",
	// "CloudWatch Logs"); each gets AWS_ENDPOINT_URL_<SERVICE>. Empty means
	// every service: AWS_ENDPOINT_URL.
	Services []string
	// PortFrom, when set, reads the port from the first output line it
	// matches (its first group) instead of choosing one: for emulators that
	// listen on port 0 and print where they went. Command and Env must not
	// name Port then.
	PortFrom *regexp.Regexp
	// ReadyPath is requested over HTTP until any response arrives
	// (default "/"; LocalStack and MiniStack: "/_localstack/health").
	ReadyPath string
	// ReadyTimeout bounds the wait for the first answer (default DefaultReadyTimeout).
	ReadyTimeout time.Duration
	// Output receives the emulator's stdout and stderr (default: discarded;
	// the last lines are kept for error messages either way).
	Output io.Writer
}

// Emulator is a running emulator process.
type Emulator struct {
	// URL is the endpoint, http://127.0.0.1:<port>.
	URL string

	services []string
	cmd      *exec.Cmd
	exited   chan struct{}
	waitErr  error
	stopOnce sync.Once
	stopErr  error
}

// Start runs the emulator and returns once it answers HTTP on 127.0.0.1.
// When it exits early or does not answer within ReadyTimeout, Start stops it
// and returns an error holding the end of its output. ctx bounds only the
// wait: the emulator runs until Stop.
func Start(ctx context.Context, c Config) (*Emulator, error) {
	if len(c.Command) == 0 {
		return nil, errors.New("emulator: Config.Command is empty")
	}
	if c.PortFrom != nil && slices.ContainsFunc(append(slices.Clone(c.Command), c.Env...), func(s string) bool { return strings.Contains(s, Port) }) {
		return nil, fmt.Errorf("emulator: %s names %s, but with PortFrom the emulator chooses its port", strings.Join(c.Command, " "), Port)
	}
	port := ""
	if c.PortFrom == nil {
		p, err := freePort()
		if err != nil {
			return nil, fmt.Errorf("emulator: choosing a port: %w", err)
		}
		port = strconv.Itoa(p)
	}
	subst := func(s string) string { return strings.ReplaceAll(s, Port, port) }
	args := make([]string, len(c.Command))
	for i, a := range c.Command {
		args[i] = subst(a)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = c.Dir
	cmd.Env = os.Environ()
	for _, kv := range c.Env {
		cmd.Env = append(cmd.Env, subst(kv))
	}
	setProcessGroup(cmd)

	tail := &tailWriter{}
	var out io.Writer = tail
	if c.Output != nil {
		out = io.MultiWriter(tail, c.Output)
	}
	portLine := make(chan string, 1)
	if c.PortFrom != nil {
		out = &lineMatcher{w: out, re: c.PortFrom, found: portLine}
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("emulator: starting %s: %w", args[0], err)
	}
	e := &Emulator{cmd: cmd, exited: make(chan struct{}), services: c.Services}
	go func() {
		e.waitErr = cmd.Wait()
		close(e.exited)
	}()

	timeout := c.ReadyTimeout
	if timeout <= 0 {
		timeout = DefaultReadyTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	fail := func(format string, a ...any) (*Emulator, error) {
		msg := fmt.Sprintf(format, a...)
		select {
		case <-e.exited:
		default:
			if err := e.Stop(); err != nil {
				msg += "; " + err.Error()
			}
		}
		return nil, fmt.Errorf("emulator: %s %s; its last output:\n%s", strings.Join(args, " "), msg, tail.String())
	}
	if c.PortFrom != nil {
		select {
		case port = <-portLine:
		case <-e.exited:
			return fail("exited before printing a line matching %q (%v)", c.PortFrom, e.waitErr)
		case <-ctx.Done():
			return fail("printed no line matching %q within %s", c.PortFrom, timeout)
		}
	}
	e.URL = "http://" + net.JoinHostPort(Host, port)
	path := c.ReadyPath
	if path == "" {
		path = "/"
	}
	if err := e.waitReady(ctx, e.URL+path); err != nil {
		return fail("%v", err)
	}
	return e, nil
}

// waitReady polls url until any HTTP response arrives: a 4xx also proves the
// server parses requests (kinesalite answers GET / with 400).
func (e *Emulator) waitReady(ctx context.Context, url string) error {
	client := &http.Client{Timeout: 2 * time.Second}
	delay := 20 * time.Millisecond
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		select {
		case <-e.exited:
			return fmt.Errorf("exited before answering %s (%v)", url, e.waitErr)
		case <-ctx.Done():
			return fmt.Errorf("did not answer %s in time (last error: %v)", url, err)
		case <-time.After(delay):
		}
		delay = min(2*delay, 500*time.Millisecond)
	}
}

// Env returns the SDK's endpoint variables for this emulator:
// AWS_ENDPOINT_URL_<SERVICE>=URL per service, or AWS_ENDPOINT_URL=URL.
func (e *Emulator) Env() []string {
	if len(e.services) == 0 {
		return []string{"AWS_ENDPOINT_URL=" + e.URL}
	}
	env := make([]string, len(e.services))
	for i, s := range e.services {
		env[i] = EndpointVariable(s) + "=" + e.URL
	}
	return env
}

// EndpointVariable is the SDK's per-service endpoint variable for an sdkId:
// "DynamoDB" → AWS_ENDPOINT_URL_DYNAMODB, "CloudWatch Logs" →
// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS.
func EndpointVariable(sdkID string) string {
	r := strings.NewReplacer(" ", "_", "-", "_")
	return "AWS_ENDPOINT_URL_" + strings.ToUpper(r.Replace(sdkID))
}

// Environment is what a test run against emulators needs in its
// environment, as KEY=VALUE entries (an empty VALUE means unset): each
// emulator's endpoint variables; AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
// "test" with AWS_SESSION_TOKEN and AWS_PROFILE unset, so no request is
// signed with a developer's real credentials; and AWS_REGION us-east-1
// unless the environment has one.
func Environment(emulators ...*Emulator) []string {
	var env []string
	for _, e := range emulators {
		env = append(env, e.Env()...)
	}
	env = append(env, "AWS_ACCESS_KEY_ID="+TestCredential, "AWS_SECRET_ACCESS_KEY="+TestCredential,
		"AWS_SESSION_TOKEN=", "AWS_PROFILE=")
	if os.Getenv("AWS_REGION") == "" {
		env = append(env, "AWS_REGION=us-east-1")
	}
	return env
}

// Setenv applies Environment to this process. The returned function
// restores what was there before.
func Setenv(emulators ...*Emulator) (restore func(), err error) {
	var undo []func()
	restore = func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
	for _, kv := range Environment(emulators...) {
		k, v, _ := strings.Cut(kv, "=")
		old, had := os.LookupEnv(k)
		if had {
			undo = append(undo, func() { os.Setenv(k, old) })
		} else {
			undo = append(undo, func() { os.Unsetenv(k) })
		}
		if v == "" {
			err = os.Unsetenv(k)
		} else {
			err = os.Setenv(k, v)
		}
		if err != nil {
			restore()
			return nil, fmt.Errorf("emulator: setting %s: %w", k, err)
		}
	}
	return restore, nil
}

// Stop ends the emulator (SIGTERM to its process group, SIGKILL after
// DefaultStopTimeout) and waits for it. Calling it again returns the first
// result. Whatever exit status the signal causes is not an error; an
// emulator that had already exited, or ignored SIGTERM, is.
func (e *Emulator) Stop() error {
	e.stopOnce.Do(func() {
		select {
		case <-e.exited:
			e.stopErr = fmt.Errorf("emulator %s had exited before Stop: %v", e.cmd.Path, e.waitErr)
			return
		default:
		}
		terminate(e.cmd)
		select {
		case <-e.exited:
		case <-time.After(DefaultStopTimeout):
			kill(e.cmd)
			<-e.exited
			e.stopErr = fmt.Errorf("emulator %s ignored SIGTERM for %s and was killed", e.cmd.Path, DefaultStopTimeout)
		}
	})
	return e.stopErr
}

// Runner is what Run needs of *testing.M.
type Runner interface{ Run() int }

// Run starts every emulator, exports their endpoints with Setenv, runs the
// tests and stops the emulators, returning the exit code for os.Exit. When
// an emulator cannot start, Run prints why to stderr, runs no test and
// returns 1.
func Run(m Runner, configs ...Config) int {
	ctx := context.Background()
	var started []*Emulator
	defer func() {
		for _, e := range started {
			if err := e.Stop(); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
		}
	}()
	for _, c := range configs {
		e, err := Start(ctx, c)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		started = append(started, e)
	}
	restore, err := Setenv(started...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer restore()
	return m.Run()
}

// freePort asks the kernel for a free port on 127.0.0.1. Another process
// could take it before the emulator binds it; the readiness check then fails
// with the emulator's own error in the message.
func freePort() (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(Host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tailWriter keeps the last tailLines lines written to it.
type tailWriter struct {
	mu    sync.Mutex
	lines []string
	part  string
}

const tailLines = 30

func (t *tailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.part + string(p)
	parts := strings.Split(s, "\n")
	t.part = parts[len(parts)-1]
	t.lines = append(t.lines, parts[:len(parts)-1]...)
	if len(t.lines) > tailLines {
		t.lines = t.lines[len(t.lines)-tailLines:]
	}
	if len(t.part) > 4096 {
		t.part = t.part[len(t.part)-4096:]
	}
	return len(p), nil
}

func (t *tailWriter) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := t.lines
	if t.part != "" {
		lines = append(append([]string(nil), lines...), t.part)
	}
	if len(lines) == 0 {
		return "(no output)"
	}
	return strings.Join(lines, "\n")
}

// lineMatcher passes output through and sends the first group of the first
// line re matches to found.
type lineMatcher struct {
	w     io.Writer
	re    *regexp.Regexp
	found chan<- string
	buf   []byte
	done  bool
}

func (l *lineMatcher) Write(p []byte) (int, error) {
	if !l.done {
		l.buf = append(l.buf, p...)
		// Only whole lines: a port printed in two writes must not match half.
		if i := bytes.LastIndexByte(l.buf, '\n'); i >= 0 {
			for line := range strings.Lines(string(l.buf[:i+1])) {
				if m := l.re.FindStringSubmatch(strings.TrimRight(line, "\r\n")); len(m) > 1 {
					l.found <- m[1]
					l.done = true
					break
				}
			}
			l.buf = l.buf[i+1:]
			if l.done {
				l.buf = nil
			}
		}
	}
	return l.w.Write(p)
}
