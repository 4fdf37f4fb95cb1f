package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateUsageLimit is the parity test of Redshift CreateUsageLimit.
// CreateUsageLimit: Creates a usage limit for a specified Amazon Redshift feature on a cluster.
func TestCreateUsageLimit(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.CreateUsageLimit(t.Context(), &redshift.CreateUsageLimitInput{
		ClusterIdentifier: cluster,
		// FeatureType: types.UsageLimitFeatureType (required)
		// LimitType: types.UsageLimitLimitType (required)
		// Amount: *int64 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-usage-limit", out)
}
