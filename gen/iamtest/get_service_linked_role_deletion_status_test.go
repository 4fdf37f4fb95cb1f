package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetServiceLinkedRoleDeletionStatus is the parity test of IAM GetServiceLinkedRoleDeletionStatus.
// GetServiceLinkedRoleDeletionStatus: Retrieves the status of your service-linked role deletion.
func TestGetServiceLinkedRoleDeletionStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetServiceLinkedRoleDeletionStatus(t.Context(), &iam.GetServiceLinkedRoleDeletionStatusInput{
		// DeletionTaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-service-linked-role-deletion-status", out)
}
