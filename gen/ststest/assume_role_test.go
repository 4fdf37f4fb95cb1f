package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssumeRole is the parity test of STS AssumeRole.
// AssumeRole: Returns a set of temporary security credentials that you can use to access Amazon Web Services resources.
func TestAssumeRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.AssumeRole(t.Context(), &sts.AssumeRoleInput{
		// RoleArn: *string (required)
		// RoleSessionName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assume-role", out)
}
