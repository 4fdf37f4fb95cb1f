package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateConfigurationSetReputationMetricsEnabled is the parity test of SES UpdateConfigurationSetReputationMetricsEnabled.
// UpdateConfigurationSetReputationMetricsEnabled: Enables or disables the publishing of reputation metrics for emails sent using a specific configuration set in a given Amazon Web Services Region.
func TestUpdateConfigurationSetReputationMetricsEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateConfigurationSetReputationMetricsEnabled(t.Context(), &ses.UpdateConfigurationSetReputationMetricsEnabledInput{
		// ConfigurationSetName: *string (required)
		// Enabled: bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-configuration-set-reputation-metrics-enabled", out)
}
