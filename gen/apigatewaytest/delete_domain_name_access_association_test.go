package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDomainNameAccessAssociation is the parity test of API Gateway DeleteDomainNameAccessAssociation.
// DeleteDomainNameAccessAssociation: Deletes the DomainNameAccessAssociation resource.
func TestDeleteDomainNameAccessAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteDomainNameAccessAssociation(t.Context(), &apigateway.DeleteDomainNameAccessAssociationInput{
		// DomainNameAccessAssociationArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-domain-name-access-association", out)
}
