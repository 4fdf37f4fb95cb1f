package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyIdFormat is the parity test of EC2 ModifyIdFormat.
// ModifyIdFormat: Modifies the ID format for the specified resource on a per-Region basis.
func TestModifyIdFormat(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyIdFormat(t.Context(), &ec2.ModifyIdFormatInput{
		// Resource: *string (required)
		// UseLongIds: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-id-format", out)
}
