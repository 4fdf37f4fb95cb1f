package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteParameter is the parity test of SSM DeleteParameter.
// DeleteParameter: Delete a parameter from the system.
func TestDeleteParameter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var parameter *string
	ssmtest.CreateParameter(t, client, func(in *ssm.PutParameterInput) { parameter = in.Name })
	out, err := client.DeleteParameter(t.Context(), &ssm.DeleteParameterInput{
		Name: parameter,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-parameter", out)
}
