package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartExecutionPreview is the parity test of SSM StartExecutionPreview.
// StartExecutionPreview: Initiates the process of creating a preview showing the effects that running a specified Automation runbook would have on the targeted resources.
func TestStartExecutionPreview(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.StartExecutionPreview(t.Context(), &ssm.StartExecutionPreviewInput{
		// DocumentName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-execution-preview", out)
}
