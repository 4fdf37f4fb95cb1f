//go:build unix

package engine

import (
	"runtime"
	"syscall"
)

// peakRSS returns the process's peak resident set size in bytes (0 when
// unknown). It is the kernel's high-water mark, so it covers memory the Go
// runtime has already returned.
func peakRSS() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	// Linux and the BSDs count kilobytes; Darwin counts bytes.
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) << 10
}
