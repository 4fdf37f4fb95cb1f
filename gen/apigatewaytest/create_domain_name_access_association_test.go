package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDomainNameAccessAssociation is the parity test of API Gateway CreateDomainNameAccessAssociation.
// CreateDomainNameAccessAssociation: Creates a domain name access association resource between an access association source and a private custom domain name.
func TestCreateDomainNameAccessAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	// apigatewaytest.CreateDomainNameAccessAssociation calls CreateDomainNameAccessAssociation with the input below and deletes the DomainNameAccessAssociation when the test ends.
	out := apigatewaytest.CreateDomainNameAccessAssociation(t, client, func(in *apigateway.CreateDomainNameAccessAssociationInput) {
		// in.DomainNameArn = *string (required)
		// in.AccessAssociationSourceType = types.AccessAssociationSourceType (required)
		// in.AccessAssociationSource = *string (required)
	})
	snap.Match("create-domain-name-access-association", out)
}
