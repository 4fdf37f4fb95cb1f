package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestFlushStageAuthorizersCache is the parity test of API Gateway FlushStageAuthorizersCache.
// FlushStageAuthorizersCache: Flushes all authorizer cache entries on a stage.
func TestFlushStageAuthorizersCache(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	restApi := apigatewaytest.CreateRestApi(t, client)
	out, err := client.FlushStageAuthorizersCache(t.Context(), &apigateway.FlushStageAuthorizersCacheInput{
		RestApiId: restApi.Id,
		// StageName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("flush-stage-authorizers-cache", out)
}
