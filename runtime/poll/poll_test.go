package poll_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/poll"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// eventuallyIn runs Eventually inside Try, so that its verdict on the test
// is recorded instead of failing this one.
func eventuallyIn(t *testing.T, body func(testing.TB), opts ...poll.Option) *poll.Attempt {
	return poll.Try(t, func(tb testing.TB) { poll.Eventually(tb, body, opts...) })
}

func TestEventuallyPassesOnceTheBodyDoes(t *testing.T) {
	var n atomic.Int32
	cleanups := 0
	a := eventuallyIn(t, func(t testing.TB) {
		t.Cleanup(func() { cleanups++ })
		if got := n.Add(1); got < 3 {
			t.Errorf("read %d, not yet consistent", got)
		}
	}, poll.Interval(time.Millisecond))
	if a.Failed() || n.Load() != 3 {
		t.Errorf("failed=%v after %d attempts (%s), want a pass on the third", a.Failed(), n.Load(), a.Report())
	}
	if cleanups != 3 {
		t.Errorf("%d cleanups ran, want one per attempt", cleanups)
	}
}

func TestEventuallyReportsTheLastFailure(t *testing.T) {
	var n atomic.Int32
	a := eventuallyIn(t, func(t testing.TB) {
		t.Logf("attempt %d", n.Add(1))
		t.Fatalf("still stale at attempt %d", n.Load())
		t.Error("not reached: Fatalf ends the attempt")
	}, poll.Timeout(50*time.Millisecond), poll.Interval(10*time.Millisecond))
	r := a.Report()
	last := n.Load()
	if !a.Failed() || last < 2 {
		t.Fatalf("failed=%v after %d attempts, want a failure after several", a.Failed(), last)
	}
	for _, want := range []string{"not true within 50ms", "still stale at attempt " + strconv.Itoa(int(last)), "attempt " + strconv.Itoa(int(last))} {
		if !strings.Contains(r, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
	if strings.Contains(r, "still stale at attempt 1\n") || strings.Contains(r, "not reached") {
		t.Errorf("report holds more than the last attempt:\n%s", r)
	}
}

func TestEventuallySkips(t *testing.T) {
	a := eventuallyIn(t, func(t testing.TB) { t.Skip("no such service here") })
	if msg, ok := a.SkipReason(); !ok || msg != "no such service here" || a.Failed() {
		t.Errorf("skip=%q,%v failed=%v; want the body's skip to skip the test", msg, ok, a.Failed())
	}
}

func TestTryDoesNotFailTheParent(t *testing.T) {
	a := poll.Try(t, func(t testing.TB) { t.FailNow() })
	if !a.Failed() || a.Report() != "(failed without a message)" || a.Err() == nil {
		t.Errorf("failed=%v report=%q err=%v", a.Failed(), a.Report(), a.Err())
	}
	if ok := poll.Try(t, func(testing.TB) {}); ok.Err() != nil {
		t.Errorf("a passing body: %v", ok.Err())
	}
}

// TestEventuallySnapshot: a snapshot session per attempt retries a
// snapshot match of an eventually consistent read; a failed attempt writes
// nothing, the passing one is compared with the recorded entry.
func TestEventuallySnapshot(t *testing.T) {
	t.Setenv(snapshot.EnvUpdate, "")
	t.Setenv("CI", "")
	file := filepath.Join(t.TempDir(), "poll.snapshot.json")
	record := poll.Try(t, func(t testing.TB) {
		snapshot.New(t, snapshot.WithFile(file)).Match("item", map[string]any{"count": 3})
	})
	if record.Failed() {
		t.Fatalf("recording: %s", record.Report())
	}
	var reads atomic.Int32
	a := eventuallyIn(t, func(t testing.TB) {
		snapshot.New(t, snapshot.WithFile(file)).Match("item", map[string]any{"count": reads.Add(1)})
	}, poll.Interval(time.Millisecond))
	if a.Failed() || reads.Load() != 3 {
		t.Errorf("failed=%v after %d reads (%s), want a match on the third", a.Failed(), reads.Load(), a.Report())
	}
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), `"count": 3`) {
		t.Errorf("snapshot file changed or unreadable (%v):\n%s", err, data)
	}
}
