package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteRequestValidator is the parity test of API Gateway DeleteRequestValidator.
// DeleteRequestValidator: Deletes a RequestValidator of a given RestApi.
func TestDeleteRequestValidator(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.DeleteRequestValidator(t.Context(), &apigateway.DeleteRequestValidatorInput{
		RestApiId: restApi.Id,
		// RequestValidatorId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-request-validator", out)
}
