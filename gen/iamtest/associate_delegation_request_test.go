package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateDelegationRequest is the parity test of IAM AssociateDelegationRequest.
// AssociateDelegationRequest: Associates a delegation request with the current identity.
func TestAssociateDelegationRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.AssociateDelegationRequest(t.Context(), &iam.AssociateDelegationRequestInput{
		// DelegationRequestId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-delegation-request", out)
}
