package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssumeRoleWithSAML is the parity test of STS AssumeRoleWithSAML.
// AssumeRoleWithSAML: Returns a set of temporary security credentials for users who have been authenticated via a SAML authentication response.
func TestAssumeRoleWithSAML(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.AssumeRoleWithSAML(t.Context(), &sts.AssumeRoleWithSAMLInput{
		// RoleArn: *string (required)
		// PrincipalArn: *string (required)
		// SAMLAssertion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assume-role-with-saml", out)
}
