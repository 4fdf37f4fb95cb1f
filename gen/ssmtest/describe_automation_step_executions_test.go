package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeAutomationStepExecutions is the parity test of SSM DescribeAutomationStepExecutions.
// DescribeAutomationStepExecutions: Information about all active and terminated step executions in an Automation workflow.
func TestDescribeAutomationStepExecutions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeAutomationStepExecutions(t.Context(), &ssm.DescribeAutomationStepExecutionsInput{
		// AutomationExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-automation-step-executions", out)
}
