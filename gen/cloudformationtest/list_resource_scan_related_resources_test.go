package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListResourceScanRelatedResources is the parity test of CloudFormation ListResourceScanRelatedResources.
// ListResourceScanRelatedResources: Lists the related resources for a list of resources from a resource scan.
func TestListResourceScanRelatedResources(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListResourceScanRelatedResources(t.Context(), &cloudformation.ListResourceScanRelatedResourcesInput{
		// ResourceScanId: *string (required)
		// Resources: []types.ScannedResourceIdentifier (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-resource-scan-related-resources", out)
}
