package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutConfigurationSetDeliveryOptions is the parity test of SES PutConfigurationSetDeliveryOptions.
// PutConfigurationSetDeliveryOptions: Adds or updates the delivery options for a configuration set.
func TestPutConfigurationSetDeliveryOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.PutConfigurationSetDeliveryOptions(t.Context(), &ses.PutConfigurationSetDeliveryOptionsInput{
		// ConfigurationSetName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-configuration-set-delivery-options", out)
}
