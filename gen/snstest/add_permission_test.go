package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddPermission is the parity test of SNS AddPermission.
// AddPermission: Adds a statement to a topic's access control policy, granting access for the specified Amazon Web Services accounts to the specified actions.
func TestAddPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	topic := snstest.CreateTopic(t, client)
	out, err := client.AddPermission(t.Context(), &sns.AddPermissionInput{
		TopicArn: topic.TopicArn,
		// Label: *string (required)
		// AWSAccountId: []string (required)
		// ActionName: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-permission", out)
}
