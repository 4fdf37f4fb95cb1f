package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateDomainNameAccessAssociation is the parity test of API Gateway CreateDomainNameAccessAssociation.
// CreateDomainNameAccessAssociation: Creates a domain name access association resource between an access association source and a private custom domain name.
func TestCreateDomainNameAccessAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateDomainNameAccessAssociation(t.Context(), &apigateway.CreateDomainNameAccessAssociationInput{
		// DomainNameArn: *string (required)
		// AccessAssociationSourceType: types.AccessAssociationSourceType (required)
		// AccessAssociationSource: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-domain-name-access-association", out)
}
