package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEvents is the parity test of Redshift DescribeEvents.
// DescribeEvents: Returns events related to clusters, security groups, snapshots, and parameter groups for the past 14 days.
func TestDescribeEvents(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeEvents(t.Context(), &redshift.DescribeEventsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-events", out)
}
