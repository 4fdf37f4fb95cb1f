//go:build !unix

package engine_test

import "time"

// cpuTime is unknown where getrusage does not exist.
func cpuTime() time.Duration { return 0 }
