package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteStateMachineVersion is the parity test of SFN DeleteStateMachineVersion.
// DeleteStateMachineVersion: Deletes a state machine version.
func TestDeleteStateMachineVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteStateMachineVersion(t.Context(), &sfn.DeleteStateMachineVersionInput{
		// StateMachineVersionArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-state-machine-version", out)
}
