package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestValidateStateMachineDefinition is the parity test of SFN ValidateStateMachineDefinition.
// ValidateStateMachineDefinition: Validates the syntax of a state machine definition specified in Amazon States Language (ASL), a JSON-based, structured language.
func TestValidateStateMachineDefinition(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.ValidateStateMachineDefinition(t.Context(), &sfn.ValidateStateMachineDefinitionInput{
		// Definition: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("validate-state-machine-definition", out)
}
