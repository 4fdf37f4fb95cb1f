package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetConnectionStatus is the parity test of SSM GetConnectionStatus.
// GetConnectionStatus: Retrieves the Session Manager connection status for a managed node to determine whether it is running and ready to receive Session Manager connections.
func TestGetConnectionStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetConnectionStatus(t.Context(), &ssm.GetConnectionStatusInput{
		// Target: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-connection-status", out)
}
