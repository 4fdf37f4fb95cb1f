package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateConfigurationSetEventDestination is the parity test of SES UpdateConfigurationSetEventDestination.
// UpdateConfigurationSetEventDestination: Updates the event destination of a configuration set.
func TestUpdateConfigurationSetEventDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateConfigurationSetEventDestination(t.Context(), &ses.UpdateConfigurationSetEventDestinationInput{
		// ConfigurationSetName: *string (required)
		// EventDestination: *types.EventDestination (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-configuration-set-event-destination", out)
}
