package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetHumanReadableSummary is the parity test of IAM GetHumanReadableSummary.
// GetHumanReadableSummary: Retrieves a human readable summary for a given entity.
func TestGetHumanReadableSummary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetHumanReadableSummary(t.Context(), &iam.GetHumanReadableSummaryInput{
		// EntityArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-human-readable-summary", out)
}
