package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPoliciesGrantingServiceAccess is the parity test of IAM ListPoliciesGrantingServiceAccess.
// ListPoliciesGrantingServiceAccess: Retrieves a list of policies that the IAM identity (user, group, or role) can use to access each specified service.
func TestListPoliciesGrantingServiceAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListPoliciesGrantingServiceAccess(t.Context(), &iam.ListPoliciesGrantingServiceAccessInput{
		// Arn: *string (required)
		// ServiceNamespaces: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-policies-granting-service-access", out)
}
