package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDelegationRequest is the parity test of IAM GetDelegationRequest.
// GetDelegationRequest: Retrieves information about a specific delegation request.
func TestGetDelegationRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDelegationRequest(t.Context(), &iam.GetDelegationRequestInput{
		// DelegationRequestId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-delegation-request", out)
}
