//go:build unix

package snapshot

import (
	"os"
	"syscall"
)

// lockProcess takes an exclusive flock on the directory dir, waiting for
// other processes (another package's test binary writing a file there) to
// release it. Locking the directory leaves no lock file behind, and the
// kernel drops the lock if the process dies.
func lockProcess(dir string) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
