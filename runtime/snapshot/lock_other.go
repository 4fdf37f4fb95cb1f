//go:build !unix

package snapshot

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// lockTimeout bounds the wait for another process's lock file.
const lockTimeout = 30 * time.Second

// lockProcess creates dir/.snapshot.lock exclusively, waiting while
// another process holds it. Without flock a crashed writer leaves the file
// behind; the error then names it so it can be removed.
func lockProcess(dir string) (func(), error) {
	lockPath := filepath.Join(dir, ".snapshot.lock")
	deadline := time.Now().Add(lockTimeout)
	for {
		f, err := os.OpenFile(lockPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			f.Close()
			return func() { os.Remove(lockPath) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s has been held for %v by another process; remove it if no test is running", lockPath, lockTimeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
