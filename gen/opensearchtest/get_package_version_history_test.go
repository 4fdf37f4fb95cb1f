package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetPackageVersionHistory is the parity test of OpenSearch GetPackageVersionHistory.
// GetPackageVersionHistory: Returns a list of Amazon OpenSearch Service package versions, along with their creation time, commit message, and plugin properties (if the package is a zip plugin package).
func TestGetPackageVersionHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.GetPackageVersionHistory(t.Context(), &opensearch.GetPackageVersionHistoryInput{
		PackageID: packageRes.PackageDetails.PackageID,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-package-version-history", out)
}
