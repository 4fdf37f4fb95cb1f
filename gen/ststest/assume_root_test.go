package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssumeRoot is the parity test of STS AssumeRoot.
// AssumeRoot: Returns a set of short term credentials you can use to perform privileged tasks on a member account in your organization.
func TestAssumeRoot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.AssumeRoot(t.Context(), &sts.AssumeRootInput{
		// TargetPrincipal: *string (required)
		// TaskPolicyArn: *types.PolicyDescriptorType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assume-root", out)
}
