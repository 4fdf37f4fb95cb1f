package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutResourcePolicy is the parity test of CloudWatch Logs PutResourcePolicy.
// PutResourcePolicy: Creates or updates a resource policy allowing other Amazon Web Services services to put log events to this account, such as Amazon Route 53.
func TestPutResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateResourcePolicy calls PutResourcePolicy with the input below and deletes the ResourcePolicy when the test ends.
	out := cloudwatchlogstest.CreateResourcePolicy(t, client, func(in *cloudwatchlogs.PutResourcePolicyInput) {
	})
	snap.Match("put-resource-policy", out)
}
