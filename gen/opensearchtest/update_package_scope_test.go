package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdatePackageScope is the parity test of OpenSearch UpdatePackageScope.
// UpdatePackageScope: Updates the scope of a package.
func TestUpdatePackageScope(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.UpdatePackageScope(t.Context(), &opensearch.UpdatePackageScopeInput{
		PackageID: packageRes.PackageDetails.PackageID,
		// Operation: types.PackageScopeOperationEnum (required)
		// PackageUserList: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-package-scope", out)
}
