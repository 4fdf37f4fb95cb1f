package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAccessKey is the parity test of IAM DeleteAccessKey.
// DeleteAccessKey: Deletes the access key pair associated with the specified IAM user.
func TestDeleteAccessKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	accessKey := iamtest.CreateAccessKey(t, client)
	out, err := client.DeleteAccessKey(t.Context(), &iam.DeleteAccessKeyInput{
		AccessKeyId: accessKey.AccessKey.AccessKeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-access-key", out)
}
