package e2e

import (
	"testing"

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
)

// The generated fixtures run unchanged against the in-process example
// fakes, with the test bodies the emulator tests use. They need no
// emulator, so they run (and never skip) wherever go test does.

func TestCreateQueueInProcess(t *testing.T) {
	testQueue(t, sqsfake.New().Client())
}

func TestCreateBucketInProcess(t *testing.T) {
	testBucket(t, s3fake.New().Client(), true, false)
}
