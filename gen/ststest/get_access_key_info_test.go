package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccessKeyInfo is the parity test of STS GetAccessKeyInfo.
// GetAccessKeyInfo: Returns the account identifier for the specified access key ID.
func TestGetAccessKeyInfo(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.GetAccessKeyInfo(t.Context(), &sts.GetAccessKeyInfoInput{
		// AccessKeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-access-key-info", out)
}
