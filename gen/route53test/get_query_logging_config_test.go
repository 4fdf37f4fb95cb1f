package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetQueryLoggingConfig is the parity test of Route 53 GetQueryLoggingConfig.
// GetQueryLoggingConfig: Gets information about a specified configuration for DNS query logging.
func TestGetQueryLoggingConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.GetQueryLoggingConfig(t.Context(), &route53.GetQueryLoggingConfigInput{
		Id: cidrCollection.Collection.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-query-logging-config", out)
}
