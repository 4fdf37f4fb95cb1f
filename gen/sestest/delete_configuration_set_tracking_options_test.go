package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteConfigurationSetTrackingOptions is the parity test of SES DeleteConfigurationSetTrackingOptions.
// DeleteConfigurationSetTrackingOptions: Deletes an association between a configuration set and a custom domain for open and click event tracking.
func TestDeleteConfigurationSetTrackingOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteConfigurationSetTrackingOptions(t.Context(), &ses.DeleteConfigurationSetTrackingOptionsInput{
		// ConfigurationSetName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-configuration-set-tracking-options", out)
}
