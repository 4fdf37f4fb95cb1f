// Package parallel runs the generator's independent per-item work (one
// model file, one service) on every CPU.
package parallel

import (
	"runtime"
	"sync"
)

// Each calls f(0) … f(n-1) on GOMAXPROCS goroutines and returns when all
// calls have.
func Each(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
