package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSerialConsoleAccessStatus is the parity test of EC2 GetSerialConsoleAccessStatus.
// GetSerialConsoleAccessStatus: Retrieves the access status of your account to the EC2 serial console of all instances.
func TestGetSerialConsoleAccessStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetSerialConsoleAccessStatus(t.Context(), &ec2.GetSerialConsoleAccessStatusInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-serial-console-access-status", out)
}
