package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestDNSAnswer is the parity test of Route 53 TestDNSAnswer.
// TestDNSAnswer: Gets the value that Amazon Route 53 returns in response to a DNS request for a specified record name and type.
func TestTestDNSAnswer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.TestDNSAnswer(t.Context(), &route53.TestDNSAnswerInput{
		// HostedZoneId: *string (required)
		// RecordName: *string (required)
		// RecordType: types.RRType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-dns-answer", out)
}
