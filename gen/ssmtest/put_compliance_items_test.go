package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutComplianceItems is the parity test of SSM PutComplianceItems.
// PutComplianceItems: Registers a compliance type and other compliance details on a designated resource.
func TestPutComplianceItems(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutComplianceItems(t.Context(), &ssm.PutComplianceItemsInput{
		// ResourceId: *string (required)
		// ResourceType: *string (required)
		// ComplianceType: *string (required)
		// ExecutionSummary: *types.ComplianceExecutionSummary (required)
		// Items: []types.ComplianceItemEntry (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-compliance-items", out)
}
