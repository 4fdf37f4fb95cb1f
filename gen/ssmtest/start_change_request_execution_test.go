package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartChangeRequestExecution is the parity test of SSM StartChangeRequestExecution.
// StartChangeRequestExecution: Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
func TestStartChangeRequestExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.StartChangeRequestExecution(t.Context(), &ssm.StartChangeRequestExecutionInput{
		// DocumentName: *string (required)
		// Runbooks: []types.Runbook (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-change-request-execution", out)
}
