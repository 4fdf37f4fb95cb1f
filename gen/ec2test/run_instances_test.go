package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestRunInstances is the parity test of EC2 RunInstances.
// RunInstances: Launches the specified number of instances using an AMI for which you have permissions.
func TestRunInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateInstance calls RunInstances with the input below and deletes the Instance when the test ends.
	out := ec2test.CreateInstance(t, client, func(in *ec2.RunInstancesInput) {
		// in.MaxCount = *int32 (required; the fixture sets it)
		// in.MinCount = *int32 (required; the fixture sets it)
	})
	snap.Match("run-instances", out)
}
