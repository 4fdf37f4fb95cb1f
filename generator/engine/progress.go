package engine

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progressDelay is how long a run goes quietly before the progress line
// appears: short runs should not flicker.
const progressDelay = time.Second

// progressTick is how often the line is redrawn.
const progressTick = 100 * time.Millisecond

// progress redraws one status line in place ("\r" and erase-to-end) on a
// terminal. A nil *progress does nothing, so callers need no checks.
type progress struct {
	w     io.Writer
	start time.Time

	mu   sync.Mutex
	name string
	// done and total count steps of the current phase (services emitted);
	// total 0 shows the phase's elapsed time only.
	done, total atomic.Int64

	stopped  chan struct{}
	stopOnce sync.Once
	wg       sync.WaitGroup
}

// startProgress draws on w (nil: never) from progressDelay after now on.
func startProgress(w io.Writer) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, start: time.Now(), stopped: make(chan struct{})}
	p.wg.Add(1)
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer p.wg.Done()
	tick := time.NewTicker(progressTick)
	defer tick.Stop()
	drawn := false
	for {
		select {
		case <-p.stopped:
			if drawn {
				fmt.Fprint(p.w, "\r\x1b[K")
			}
			return
		case now := <-tick.C:
			if now.Sub(p.start) < progressDelay {
				continue
			}
			fmt.Fprint(p.w, "\r\x1b[K"+p.line(now))
			drawn = true
		}
	}
}

// line is the status text, e.g. "awsparity: emit 120/402 services, 2.4s".
func (p *progress) line(now time.Time) string {
	p.mu.Lock()
	name := p.name
	p.mu.Unlock()
	elapsed := now.Sub(p.start).Seconds()
	if total := p.total.Load(); total > 0 {
		return fmt.Sprintf("awsparity: %s %d/%d services, %.1fs", name, p.done.Load(), total, elapsed)
	}
	return fmt.Sprintf("awsparity: %s, %.1fs", name, elapsed)
}

// Phase names what the run does now, with total items to count (0: the
// elapsed time only); *progress is also a golang.Progress.
func (p *progress) Phase(name string, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.name = name
	p.mu.Unlock()
	p.done.Store(0)
	p.total.Store(int64(total))
}

// Step counts one item of the current phase done; safe from any goroutine.
func (p *progress) Step() {
	if p != nil {
		p.done.Add(1)
	}
}

// stop erases the line and waits until nothing more is drawn; later calls
// do nothing.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.stopOnce.Do(func() { close(p.stopped) })
	p.wg.Wait()
}
