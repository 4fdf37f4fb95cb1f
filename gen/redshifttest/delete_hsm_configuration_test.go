package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteHsmConfiguration is the parity test of Redshift DeleteHsmConfiguration.
// DeleteHsmConfiguration: Deletes the specified Amazon Redshift HSM configuration.
func TestDeleteHsmConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var hsmConfiguration *string
	redshifttest.CreateHsmConfiguration(t, client, func(in *redshift.CreateHsmConfigurationInput) { hsmConfiguration = in.HsmConfigurationIdentifier })
	out, err := client.DeleteHsmConfiguration(t.Context(), &redshift.DeleteHsmConfigurationInput{
		HsmConfigurationIdentifier: hsmConfiguration,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-hsm-configuration", out)
}
