package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListResourceScanResources is the parity test of CloudFormation ListResourceScanResources.
// ListResourceScanResources: Lists the resources from a resource scan.
func TestListResourceScanResources(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListResourceScanResources(t.Context(), &cloudformation.ListResourceScanResourcesInput{
		// ResourceScanId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-resource-scan-resources", out)
}
