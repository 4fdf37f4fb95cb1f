package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateTrafficPolicyComment is the parity test of Route 53 UpdateTrafficPolicyComment.
// UpdateTrafficPolicyComment: Updates the comment for a specified traffic policy version.
func TestUpdateTrafficPolicyComment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	cidrCollection := route53test.CreateCidrCollection(t, client)
	out, err := client.UpdateTrafficPolicyComment(t.Context(), &route53.UpdateTrafficPolicyCommentInput{
		Id: cidrCollection.Collection.Id,
		// Version: *int32 (required)
		// Comment: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-traffic-policy-comment", out)
}
