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

// TestStartMessageMoveTask is the parity test of SQS StartMessageMoveTask.
// Starts an asynchronous task to move messages from a specified source queue to
// a specified destination queue.
func TestStartMessageMoveTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	out, err := client.StartMessageMoveTask(t.Context(), &sqs.StartMessageMoveTaskInput{
		// SourceArn: aws.String("__SourceArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-message-move-task", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.StartMessageMoveTask(t.Context(), &sqs.StartMessageMoveTaskInput{
			// SourceArn: aws.String("__SourceArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("StartMessageMoveTask: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("start-message-move-task-resource-not-found-exception", err)
	}
}
