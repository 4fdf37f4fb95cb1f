package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePackage is the parity test of OpenSearch CreatePackage.
// CreatePackage: Creates a package for use with Amazon OpenSearch Service domains.
func TestCreatePackage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	// opensearchtest.CreatePackage calls CreatePackage with the input below and deletes the Package when the test ends.
	out := opensearchtest.CreatePackage(t, client, func(in *opensearch.CreatePackageInput) {
		// in.PackageName = *string (required; the fixture sets it)
		// in.PackageType = types.PackageType (required)
		// in.PackageSource = *types.PackageSource (required)
	})
	snap.Match("create-package", out)
}
