package sqstest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCancelMessageMoveTask is the parity test of SQS CancelMessageMoveTask.
// Cancels a specified message movement task.
func TestCancelMessageMoveTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	out, err := client.CancelMessageMoveTask(t.Context(), &sqs.CancelMessageMoveTaskInput{
		// TaskHandle: aws.String("__TaskHandle__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("cancel-message-move-task", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CancelMessageMoveTask(t.Context(), &sqs.CancelMessageMoveTaskInput{
			// TaskHandle: aws.String("__TaskHandle__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("CancelMessageMoveTask: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("cancel-message-move-task-resource-not-found-exception", err)
	}
}
