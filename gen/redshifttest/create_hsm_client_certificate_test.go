package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateHsmClientCertificate is the parity test of Redshift CreateHsmClientCertificate.
// CreateHsmClientCertificate: Creates an HSM client certificate that an Amazon Redshift cluster will use to connect to the client's HSM in order to store and retrieve the keys used to encrypt the cluster databases.
func TestCreateHsmClientCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateHsmClientCertificate calls CreateHsmClientCertificate with the input below and deletes the HsmClientCertificate when the test ends.
	out := redshifttest.CreateHsmClientCertificate(t, client, func(in *redshift.CreateHsmClientCertificateInput) {
		// in.HsmClientCertificateIdentifier = *string (required; the fixture sets it)
	})
	snap.Match("create-hsm-client-certificate", out)
}
