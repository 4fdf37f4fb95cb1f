package e2e

import (
	"testing"

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/examples/fakes/sqsfake"
)

// The fixture test bodies run unchanged, data plane included, against the
// hand-written example fakes, which serve messages and objects. They need
// no emulator, so they run (and never skip) wherever go test does.

func TestCreateQueueInProcess(t *testing.T) {
	testQueue(subtests{t}, &clients{sqs: sqsfake.New().Client()})
}

func TestCreateBucketInProcess(t *testing.T) {
	testBucket(subtests{t}, &clients{}, s3fake.New().Client(), true, false)
}
