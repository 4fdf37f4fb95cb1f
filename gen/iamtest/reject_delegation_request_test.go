package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRejectDelegationRequest is the parity test of IAM RejectDelegationRequest.
// RejectDelegationRequest: Rejects a delegation request, denying the requested temporary access.
func TestRejectDelegationRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.RejectDelegationRequest(t.Context(), &iam.RejectDelegationRequestInput{
		// DelegationRequestId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reject-delegation-request", out)
}
