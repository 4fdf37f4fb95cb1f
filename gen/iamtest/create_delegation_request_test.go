package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDelegationRequest is the parity test of IAM CreateDelegationRequest.
// CreateDelegationRequest: Creates an IAM delegation request for temporary access delegation.
func TestCreateDelegationRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateDelegationRequest(t.Context(), &iam.CreateDelegationRequestInput{
		// Description: *string (required)
		// Permissions: *types.DelegationPermission (required)
		// RequestorWorkflowId: *string (required)
		// NotificationChannel: *string (required)
		// SessionDuration: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-delegation-request", out)
}
