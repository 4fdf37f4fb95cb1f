package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccessKeyLastUsed is the parity test of IAM GetAccessKeyLastUsed.
// GetAccessKeyLastUsed: Retrieves information about when the specified access key was last used.
func TestGetAccessKeyLastUsed(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	accessKey := iamtest.CreateAccessKey(t, client)
	out, err := client.GetAccessKeyLastUsed(t.Context(), &iam.GetAccessKeyLastUsedInput{
		AccessKeyId: accessKey.AccessKey.AccessKeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-access-key-last-used", out)
}
