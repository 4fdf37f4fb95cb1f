package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRecordHandlerProgress is the parity test of CloudFormation RecordHandlerProgress.
// RecordHandlerProgress: Reports progress of a resource handler to CloudFormation.
func TestRecordHandlerProgress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.RecordHandlerProgress(t.Context(), &cloudformation.RecordHandlerProgressInput{
		// BearerToken: *string (required)
		// OperationStatus: types.OperationStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("record-handler-progress", out)
}
