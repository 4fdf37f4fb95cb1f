package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetExecutionPreview is the parity test of SSM GetExecutionPreview.
// GetExecutionPreview: Initiates the process of retrieving an existing preview that shows the effects that running a specified Automation runbook would have on the targeted resources.
func TestGetExecutionPreview(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetExecutionPreview(t.Context(), &ssm.GetExecutionPreviewInput{
		// ExecutionPreviewId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-execution-preview", out)
}
