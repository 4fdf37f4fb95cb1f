package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteActivation is the parity test of SSM DeleteActivation.
// DeleteActivation: Deletes an activation.
func TestDeleteActivation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	activation := ssmtest.CreateActivation(t, client)
	out, err := client.DeleteActivation(t.Context(), &ssm.DeleteActivationInput{
		ActivationId: activation.ActivationId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-activation", out)
}
