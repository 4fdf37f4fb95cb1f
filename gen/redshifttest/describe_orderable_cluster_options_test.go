package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeOrderableClusterOptions is the parity test of Redshift DescribeOrderableClusterOptions.
// DescribeOrderableClusterOptions: Returns a list of orderable cluster options.
func TestDescribeOrderableClusterOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeOrderableClusterOptions(t.Context(), &redshift.DescribeOrderableClusterOptionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-orderable-cluster-options", out)
}
