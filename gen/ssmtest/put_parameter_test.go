package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutParameter is the parity test of SSM PutParameter.
// PutParameter: Create or update a parameter in Parameter Store.
func TestPutParameter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateParameter calls PutParameter with the input below and deletes the Parameter when the test ends.
	out := ssmtest.CreateParameter(t, client, func(in *ssm.PutParameterInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.Value = *string (required; the fixture sets it)
	})
	snap.Match("put-parameter", out)
}
