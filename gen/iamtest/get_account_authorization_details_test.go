package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccountAuthorizationDetails is the parity test of IAM GetAccountAuthorizationDetails.
// GetAccountAuthorizationDetails: Retrieves information about all IAM users, groups, roles, and policies in your Amazon Web Services account, including their relationships to one another.
func TestGetAccountAuthorizationDetails(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetAccountAuthorizationDetails(t.Context(), &iam.GetAccountAuthorizationDetailsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-account-authorization-details", out)
}
