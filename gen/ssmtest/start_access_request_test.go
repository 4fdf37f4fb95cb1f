package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartAccessRequest is the parity test of SSM StartAccessRequest.
// StartAccessRequest: Starts the workflow for just-in-time node access sessions.
func TestStartAccessRequest(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.StartAccessRequest(t.Context(), &ssm.StartAccessRequestInput{
		// Reason: *string (required)
		// Targets: []types.Target (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-access-request", out)
}
