package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutBearerTokenAuthentication is the parity test of CloudWatch Logs PutBearerTokenAuthentication.
// PutBearerTokenAuthentication: Enables or disables bearer token authentication for the specified log group.
func TestPutBearerTokenAuthentication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.PutBearerTokenAuthentication(t.Context(), &cloudwatchlogs.PutBearerTokenAuthenticationInput{
		// LogGroupIdentifier: *string (required)
		// BearerTokenAuthenticationEnabled: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-bearer-token-authentication", out)
}
