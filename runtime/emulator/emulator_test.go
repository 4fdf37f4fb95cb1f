package emulator_test

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/emulator"
)

// The test binary doubles as the emulator: with fakeEmulatorEnv set it
// serves HTTP instead of running tests. A real process, so Start's process
// handling (ports, output, readiness, signals) is what is tested.
const fakeEmulatorEnv = "EMULATOR_TEST_SERVE"

func TestMain(m *testing.M) {
	switch os.Getenv(fakeEmulatorEnv) {
	case "":
		os.Exit(m.Run())
	case "port-arg":
		serve(os.Args[len(os.Args)-1])
	case "port-zero":
		serve("0")
	}
}

// serve answers every request with 404 and the path, printing where it
// listens; it runs until killed.
func serve(port string) {
	l, err := net.Listen("tcp", net.JoinHostPort(emulator.Host, port))
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(2)
	}
	// Split across writes, as a real program's buffered output can be.
	fmt.Print("starting up\nlistening on ")
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("%d\n", l.Addr().(*net.TCPAddr).Port)
	http.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no route "+r.URL.Path, http.StatusNotFound)
	}))
}

func self(t *testing.T) string {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func TestStartChosenPort(t *testing.T) {
	e, err := emulator.Start(t.Context(), emulator.Config{
		Command:  []string{self(t), "-test.run=^$", emulator.Port},
		Env:      []string{fakeEmulatorEnv + "=port-arg"},
		Services: []string{"DynamoDB", "CloudWatch Logs"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(e.URL, "http://127.0.0.1:") {
		t.Errorf("URL = %q, want http://127.0.0.1:<port>", e.URL)
	}
	resp, err := http.Get(e.URL + "/x")
	if err != nil {
		t.Fatalf("emulator not answering after Start: %v", err)
	}
	resp.Body.Close()
	want := []string{"AWS_ENDPOINT_URL_DYNAMODB=" + e.URL, "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS=" + e.URL}
	if got := e.Env(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Env() = %q, want %q", got, want)
	}
	if err := e.Stop(); err != nil {
		t.Errorf("Stop: %v", err)
	}
	if _, err := http.Get(e.URL + "/x"); err == nil {
		t.Error("emulator still answers after Stop")
	}
}

func TestStartPortFromOutput(t *testing.T) {
	var out strings.Builder
	e, err := emulator.Start(t.Context(), emulator.Config{
		Command:   []string{self(t), "-test.run=^$"},
		Env:       []string{fakeEmulatorEnv + "=port-zero"},
		PortFrom:  regexp.MustCompile(`^listening on (\d+)$`),
		ReadyPath: "/health",
		Output:    &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Env(); len(got) != 1 || got[0] != "AWS_ENDPOINT_URL="+e.URL {
		t.Errorf("Env() without services = %q, want AWS_ENDPOINT_URL=%s", got, e.URL)
	}
	// Output is written until the process is gone.
	if err := e.Stop(); err != nil {
		t.Errorf("Stop: %v", err)
	}
	if !strings.Contains(out.String(), "starting up") {
		t.Errorf("Output did not receive the emulator's output: %q", out.String())
	}
}

func TestStartFailures(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, tc := range []struct {
		name string
		c    emulator.Config
		want []string
	}{
		{"exits", emulator.Config{Command: []string{sh, "-c", "echo cannot bind port " + emulator.Port + "; exit 3"}},
			[]string{"exited before answering", "exit status 3", "cannot bind port "}},
		{"never answers", emulator.Config{Command: []string{sh, "-c", "echo booting; sleep 60"}, ReadyTimeout: 300 * time.Millisecond},
			[]string{"did not answer", "booting"}},
		{"no port line", emulator.Config{Command: []string{sh, "-c", "echo nothing here; sleep 60"}, PortFrom: regexp.MustCompile(`port (\d+)`), ReadyTimeout: 300 * time.Millisecond},
			[]string{"printed no line matching", "nothing here"}},
		{"no command", emulator.Config{}, []string{"Command is empty"}},
		{"port and PortFrom", emulator.Config{Command: []string{sh, "-p", emulator.Port}, PortFrom: regexp.MustCompile(`(\d+)`)}, []string{"chooses its port"}},
		{"not found", emulator.Config{Command: []string{"/nonexistent/emulator"}}, []string{"starting /nonexistent/emulator"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			e, err := emulator.Start(t.Context(), tc.c)
			if err == nil {
				e.Stop()
				t.Fatal("Start succeeded")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			// The sleeping shells must have been stopped, not waited for.
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("Start took %s to give up", d)
			}
		})
	}
}

func TestSetenv(t *testing.T) {
	t.Setenv("AWS_SESSION_TOKEN", "real-token")
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIAREAL")
	before, had := os.LookupEnv("AWS_ENDPOINT_URL")
	e := &emulator.Emulator{URL: "http://127.0.0.1:1"}
	restore, err := emulator.Setenv(e)
	if err != nil {
		t.Fatal(err)
	}
	if got := os.Getenv("AWS_ENDPOINT_URL"); got != e.URL {
		t.Errorf("AWS_ENDPOINT_URL = %q", got)
	}
	if _, ok := os.LookupEnv("AWS_SESSION_TOKEN"); ok {
		t.Error("AWS_SESSION_TOKEN still set")
	}
	if got := os.Getenv("AWS_ACCESS_KEY_ID"); got != emulator.TestCredential {
		t.Errorf("AWS_ACCESS_KEY_ID = %q", got)
	}
	restore()
	if os.Getenv("AWS_SESSION_TOKEN") != "real-token" || os.Getenv("AWS_ACCESS_KEY_ID") != "AKIAREAL" {
		t.Error("restore did not bring the variables back")
	}
	if v, ok := os.LookupEnv("AWS_ENDPOINT_URL"); ok != had || v != before {
		t.Errorf("AWS_ENDPOINT_URL after restore = %q (set: %t), want %q (set: %t)", v, ok, before, had)
	}
}

type runner func() int

func (r runner) Run() int { return r() }

func TestRunStopsAfterTests(t *testing.T) {
	// scripts/test.sh exports its own emulators' endpoints: Run must put
	// back whatever was there.
	before, had := os.LookupEnv("AWS_ENDPOINT_URL_SQS")
	var url string
	code := emulator.Run(runner(func() int {
		url = os.Getenv("AWS_ENDPOINT_URL_SQS")
		resp, err := http.Get(url)
		if err != nil {
			t.Errorf("emulator not answering during the run: %v", err)
			return 1
		}
		resp.Body.Close()
		return 7
	}), emulator.Config{
		Command:  []string{self(t), "-test.run=^$", emulator.Port},
		Env:      []string{fakeEmulatorEnv + "=port-arg"},
		Services: []string{"SQS"},
	})
	if code != 7 {
		t.Errorf("Run returned %d, want the tests' 7", code)
	}
	if url == "" {
		t.Fatal("AWS_ENDPOINT_URL_SQS was not set during the run")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("emulator still answers after Run")
	}
	if v, ok := os.LookupEnv("AWS_ENDPOINT_URL_SQS"); ok != had || v != before {
		t.Errorf("AWS_ENDPOINT_URL_SQS after Run = %q (set: %t), want it restored to %q (set: %t)", v, ok, before, had)
	}
	if code := emulator.Run(runner(func() int { t.Error("tests ran without their emulator"); return 0 }),
		emulator.Config{Command: []string{"/nonexistent/emulator"}}); code != 1 {
		t.Errorf("Run with an emulator that cannot start returned %d, want 1", code)
	}
}
