package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetClusterCredentialsWithIAM is the parity test of Redshift GetClusterCredentialsWithIAM.
// GetClusterCredentialsWithIAM: Returns a database user name and temporary password with temporary authorization to log in to an Amazon Redshift database.
func TestGetClusterCredentialsWithIAM(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.GetClusterCredentialsWithIAM(t.Context(), &redshift.GetClusterCredentialsWithIAMInput{
		ClusterIdentifier: cluster,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-cluster-credentials-with-iam", out)
}
