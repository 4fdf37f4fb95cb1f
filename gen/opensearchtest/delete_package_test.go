package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePackage is the parity test of OpenSearch DeletePackage.
// DeletePackage: Deletes an Amazon OpenSearch Service package.
func TestDeletePackage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	packageRes := opensearchtest.CreatePackage(t, client)
	out, err := client.DeletePackage(t.Context(), &opensearch.DeletePackageInput{
		PackageID: packageRes.PackageDetails.PackageID,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-package", out)
}
