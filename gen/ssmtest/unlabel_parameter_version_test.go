package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUnlabelParameterVersion is the parity test of SSM UnlabelParameterVersion.
// UnlabelParameterVersion: Remove a label or labels from a parameter.
func TestUnlabelParameterVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	var parameter *string
	ssmtest.CreateParameter(t, client, func(in *ssm.PutParameterInput) { parameter = in.Name })
	out, err := client.UnlabelParameterVersion(t.Context(), &ssm.UnlabelParameterVersionInput{
		Name: parameter,
		// ParameterVersion: *int64 (required)
		// Labels: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("unlabel-parameter-version", out)
}
