package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAcceptDelegationRequest is the parity test of IAM AcceptDelegationRequest.
// AcceptDelegationRequest: Accepts a delegation request, granting the requested temporary access.
func TestAcceptDelegationRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.AcceptDelegationRequest(t.Context(), &iam.AcceptDelegationRequestInput{
		// DelegationRequestId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("accept-delegation-request", out)
}
