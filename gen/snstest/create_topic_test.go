package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTopic is the parity test of SNS CreateTopic.
// CreateTopic: Creates a topic to which notifications can be published.
func TestCreateTopic(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	// snstest.CreateTopic calls CreateTopic with the input below and deletes the Topic when the test ends.
	out := snstest.CreateTopic(t, client, func(in *sns.CreateTopicInput) {
		in.Attributes = map[string]string{"DisplayName": "parity"}
	})
	snap.Match("create-topic", out)
}
