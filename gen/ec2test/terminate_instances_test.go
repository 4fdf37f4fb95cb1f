package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTerminateInstances is the parity test of EC2 TerminateInstances.
// TerminateInstances: Terminates (deletes) the specified instances.
func TestTerminateInstances(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	instance := ec2test.CreateInstance(t, client)
	out, err := client.TerminateInstances(t.Context(), &ec2.TerminateInstancesInput{
		InstanceIds: []string{aws.ToString(instance.Instances[0].InstanceId)},
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("terminate-instances", out)
}
