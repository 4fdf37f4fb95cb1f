package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCheckerIpRanges is the parity test of Route 53 GetCheckerIpRanges.
// GetCheckerIpRanges: Route 53 does not perform authorization for this API because it retrieves information that is already available to the public.
func TestGetCheckerIpRanges(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetCheckerIpRanges(t.Context(), &route53.GetCheckerIpRangesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-checker-ip-ranges", out)
}
