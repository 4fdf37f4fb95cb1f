package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRejectDomainNameAccessAssociation is the parity test of API Gateway RejectDomainNameAccessAssociation.
// RejectDomainNameAccessAssociation: Rejects a domain name access association with a private custom domain name.
func TestRejectDomainNameAccessAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.RejectDomainNameAccessAssociation(t.Context(), &apigateway.RejectDomainNameAccessAssociationInput{
		// DomainNameAccessAssociationArn: *string (required)
		// DomainNameArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reject-domain-name-access-association", out)
}
