package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCustomDomainAssociations is the parity test of Redshift DescribeCustomDomainAssociations.
// DescribeCustomDomainAssociations: Contains information about custom domain associations for a cluster.
func TestDescribeCustomDomainAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCustomDomainAssociations(t.Context(), &redshift.DescribeCustomDomainAssociationsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-custom-domain-associations", out)
}
