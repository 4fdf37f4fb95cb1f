package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterManagedInstance is the parity test of SSM DeregisterManagedInstance.
// DeregisterManagedInstance: Removes the server or virtual machine from the list of registered servers.
func TestDeregisterManagedInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeregisterManagedInstance(t.Context(), &ssm.DeregisterManagedInstanceInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-managed-instance", out)
}
