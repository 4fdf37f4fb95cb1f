package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteQueryLoggingConfig is the parity test of Route 53 DeleteQueryLoggingConfig.
// DeleteQueryLoggingConfig: Deletes a configuration for DNS query logging.
func TestDeleteQueryLoggingConfig(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.DeleteQueryLoggingConfig(t.Context(), &route53.DeleteQueryLoggingConfigInput{
		Id: cidrCollection.Collection.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-query-logging-config", out)
}
