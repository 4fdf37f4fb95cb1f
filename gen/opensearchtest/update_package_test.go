package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdatePackage is the parity test of OpenSearch UpdatePackage.
// UpdatePackage: Updates a package for use with Amazon OpenSearch Service domains.
func TestUpdatePackage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.UpdatePackage(t.Context(), &opensearch.UpdatePackageInput{
		PackageID: packageRes.PackageDetails.PackageID,
		// PackageSource: *types.PackageSource (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-package", out)
}
