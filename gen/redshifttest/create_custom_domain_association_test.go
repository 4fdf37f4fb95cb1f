package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateCustomDomainAssociation is the parity test of Redshift CreateCustomDomainAssociation.
// CreateCustomDomainAssociation: Used to create a custom domain name for a cluster.
func TestCreateCustomDomainAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.CreateCustomDomainAssociation(t.Context(), &redshift.CreateCustomDomainAssociationInput{
		// CustomDomainName: *string (required)
		// CustomDomainCertificateArn: *string (required)
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-custom-domain-association", out)
}
