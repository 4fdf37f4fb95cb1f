package snstest_test

import (
	"testing"

	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTopic is the parity test of SNS CreateTopic.
// Creates a topic to which notifications can be published.
func TestCreateTopic(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	// snstest.CreateTopic calls CreateTopic with this input and deletes the Topic when the test ends.
	created := snstest.CreateTopic(t, client, func(o *snstest.CreateTopicOptions) {
		o.Input.Attributes = map[string]string{"DisplayName": "parity"}
	})
	out := created.Output
	snap.Match("create-topic", out)
}
