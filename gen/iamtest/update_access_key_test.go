package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAccessKey is the parity test of IAM UpdateAccessKey.
// UpdateAccessKey: Changes the status of the specified access key from Active to Inactive, or vice versa.
func TestUpdateAccessKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	accessKey := iamtest.CreateAccessKey(t, client)
	out, err := client.UpdateAccessKey(t.Context(), &iam.UpdateAccessKeyInput{
		AccessKeyId: accessKey.AccessKey.AccessKeyId,
		// Status: types.StatusType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-access-key", out)
}
