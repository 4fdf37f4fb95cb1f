package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestLabelParameterVersion is the parity test of SSM LabelParameterVersion.
// LabelParameterVersion: A parameter label is a user-defined alias to help you manage different versions of a parameter.
func TestLabelParameterVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var parameter *string
	ssmtest.CreateParameter(t, client, func(in *ssm.PutParameterInput) { parameter = in.Name })
	out, err := client.LabelParameterVersion(t.Context(), &ssm.LabelParameterVersionInput{
		Name: parameter,
		// Labels: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("label-parameter-version", out)
}
