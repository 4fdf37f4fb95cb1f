package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociatePackage is the parity test of OpenSearch AssociatePackage.
// AssociatePackage: Associates a package with an Amazon OpenSearch Service domain.
func TestAssociatePackage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.AssociatePackage(t.Context(), &opensearch.AssociatePackageInput{
		PackageID: packageRes.PackageDetails.PackageID,
		// DomainName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-package", out)
}
