package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteServiceLinkedRole is the parity test of IAM DeleteServiceLinkedRole.
// DeleteServiceLinkedRole: Submits a service-linked role deletion request and returns a DeletionTaskId, which you can use to check the status of the deletion.
func TestDeleteServiceLinkedRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	serviceLinkedRole := iamtest.CreateServiceLinkedRole(t, client)
	out, err := client.DeleteServiceLinkedRole(t.Context(), &iam.DeleteServiceLinkedRoleInput{
		RoleName: serviceLinkedRole.Role.RoleName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-service-linked-role", out)
}
