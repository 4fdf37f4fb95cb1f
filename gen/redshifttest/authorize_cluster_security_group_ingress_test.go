package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAuthorizeClusterSecurityGroupIngress is the parity test of Redshift AuthorizeClusterSecurityGroupIngress.
// AuthorizeClusterSecurityGroupIngress: Adds an inbound (ingress) rule to an Amazon Redshift security group.
func TestAuthorizeClusterSecurityGroupIngress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var clusterSecurityGroup *string
	redshifttest.CreateClusterSecurityGroup(t, client, func(in *redshift.CreateClusterSecurityGroupInput) { clusterSecurityGroup = in.ClusterSecurityGroupName })
	out, err := client.AuthorizeClusterSecurityGroupIngress(t.Context(), &redshift.AuthorizeClusterSecurityGroupIngressInput{
		ClusterSecurityGroupName: clusterSecurityGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("authorize-cluster-security-group-ingress", out)
}
