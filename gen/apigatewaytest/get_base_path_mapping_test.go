package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetBasePathMapping is the parity test of API Gateway GetBasePathMapping.
// GetBasePathMapping: Describe a BasePathMapping resource.
func TestGetBasePathMapping(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.GetBasePathMapping(t.Context(), &apigateway.GetBasePathMappingInput{
		// DomainName: *string (required)
		// BasePath: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-base-path-mapping", out)
}
