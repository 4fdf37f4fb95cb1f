package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRevokeClusterSecurityGroupIngress is the parity test of Redshift RevokeClusterSecurityGroupIngress.
// RevokeClusterSecurityGroupIngress: Revokes an ingress rule in an Amazon Redshift security group for a previously authorized IP range or Amazon EC2 security group.
func TestRevokeClusterSecurityGroupIngress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterSecurityGroup *string
	redshifttest.CreateClusterSecurityGroup(t, client, func(in *redshift.CreateClusterSecurityGroupInput) { clusterSecurityGroup = in.ClusterSecurityGroupName })
	out, err := client.RevokeClusterSecurityGroupIngress(t.Context(), &redshift.RevokeClusterSecurityGroupIngressInput{
		ClusterSecurityGroupName: clusterSecurityGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("revoke-cluster-security-group-ingress", out)
}
