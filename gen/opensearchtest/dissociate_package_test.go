package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDissociatePackage is the parity test of OpenSearch DissociatePackage.
// DissociatePackage: Removes a package from the specified Amazon OpenSearch Service domain.
func TestDissociatePackage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.DissociatePackage(t.Context(), &opensearch.DissociatePackageInput{
		PackageID: packageRes.PackageDetails.PackageID,
		// DomainName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("dissociate-package", out)
}
