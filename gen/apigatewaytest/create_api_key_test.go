package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateApiKey is the parity test of API Gateway CreateApiKey.
// CreateApiKey: Create an ApiKey resource.
func TestCreateApiKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateApiKey(t.Context(), &apigateway.CreateApiKeyInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-api-key", out)
}
