package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDefaultClusterParameters is the parity test of Redshift DescribeDefaultClusterParameters.
// DescribeDefaultClusterParameters: Returns a list of parameter settings for the specified parameter group family.
func TestDescribeDefaultClusterParameters(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeDefaultClusterParameters(t.Context(), &redshift.DescribeDefaultClusterParametersInput{
		// ParameterGroupFamily: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-default-cluster-parameters", out)
}
