package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListOrganizationsFeatures is the parity test of IAM ListOrganizationsFeatures.
// ListOrganizationsFeatures: Lists the centralized root access features enabled for your organization.
func TestListOrganizationsFeatures(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListOrganizationsFeatures(t.Context(), &iam.ListOrganizationsFeaturesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-organizations-features", out)
}
