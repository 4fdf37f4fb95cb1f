//go:build !unix

package engine

// peakRSS is unknown where getrusage does not exist.
func peakRSS() int64 { return 0 }
