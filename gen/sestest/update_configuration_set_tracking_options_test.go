package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateConfigurationSetTrackingOptions is the parity test of SES UpdateConfigurationSetTrackingOptions.
// UpdateConfigurationSetTrackingOptions: Modifies an association between a configuration set and a custom domain for open and click event tracking.
func TestUpdateConfigurationSetTrackingOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateConfigurationSetTrackingOptions(t.Context(), &ses.UpdateConfigurationSetTrackingOptionsInput{
		// ConfigurationSetName: *string (required)
		// TrackingOptions: *types.TrackingOptions (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-configuration-set-tracking-options", out)
}
