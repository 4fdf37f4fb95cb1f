package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteConfigurationSetEventDestination is the parity test of SES DeleteConfigurationSetEventDestination.
// DeleteConfigurationSetEventDestination: Deletes a configuration set event destination.
func TestDeleteConfigurationSetEventDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteConfigurationSetEventDestination(t.Context(), &ses.DeleteConfigurationSetEventDestinationInput{
		// ConfigurationSetName: *string (required)
		// EventDestinationName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-configuration-set-event-destination", out)
}
