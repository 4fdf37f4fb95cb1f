package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccountSummary is the parity test of IAM GetAccountSummary.
// GetAccountSummary: Retrieves information about IAM entity usage and IAM quotas in the Amazon Web Services account.
func TestGetAccountSummary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetAccountSummary(t.Context(), &iam.GetAccountSummaryInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-account-summary", out)
}
