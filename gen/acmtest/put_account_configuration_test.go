package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutAccountConfiguration is the parity test of ACM PutAccountConfiguration.
// PutAccountConfiguration: Adds or modifies account-level configurations in ACM.
func TestPutAccountConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutAccountConfiguration(t.Context(), &acm.PutAccountConfigurationInput{
		// IdempotencyToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-account-configuration", out)
}
