package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutResourcePolicy is the parity test of Redshift PutResourcePolicy.
// PutResourcePolicy: Updates the resource policy for a specified resource.
func TestPutResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.PutResourcePolicy(t.Context(), &redshift.PutResourcePolicyInput{
		// ResourceArn: *string (required)
		// Policy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-resource-policy", out)
}
