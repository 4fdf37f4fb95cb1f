package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListScheduledActions is the parity test of OpenSearch ListScheduledActions.
// ListScheduledActions: Retrieves a list of configuration changes that are scheduled for a domain.
func TestListScheduledActions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.ListScheduledActions(t.Context(), &opensearch.ListScheduledActionsInput{
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-scheduled-actions", out)
}
