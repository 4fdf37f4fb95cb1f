package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateHsmConfiguration is the parity test of Redshift CreateHsmConfiguration.
// CreateHsmConfiguration: Creates an HSM configuration that contains the information required by an Amazon Redshift cluster to store and use database encryption keys in a Hardware Security Module (HSM).
func TestCreateHsmConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateHsmConfiguration calls CreateHsmConfiguration with the input below and deletes the HsmConfiguration when the test ends.
	out := redshifttest.CreateHsmConfiguration(t, client, func(in *redshift.CreateHsmConfigurationInput) {
		// in.HsmConfigurationIdentifier = *string (required; the fixture sets it)
		// in.Description = *string (required)
		// in.HsmIpAddress = *string (required)
		// in.HsmPartitionName = *string (required)
		// in.HsmPartitionPassword = *string (required)
		// in.HsmServerPublicCertificate = *string (required)
	})
	snap.Match("create-hsm-configuration", out)
}
