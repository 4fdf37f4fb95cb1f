package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateServiceLinkedRole is the parity test of IAM CreateServiceLinkedRole.
// CreateServiceLinkedRole: Creates an IAM role that is linked to a specific Amazon Web Services service.
func TestCreateServiceLinkedRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateServiceLinkedRole calls CreateServiceLinkedRole with the input below and deletes the ServiceLinkedRole when the test ends.
	out := iamtest.CreateServiceLinkedRole(t, client, func(in *iam.CreateServiceLinkedRoleInput) {
		// in.AWSServiceName = *string (required)
	})
	snap.Match("create-service-linked-role", out)
}
