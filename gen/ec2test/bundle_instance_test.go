package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestBundleInstance is the parity test of EC2 BundleInstance.
// BundleInstance: Bundles an Amazon instance store-backed Windows instance.
func TestBundleInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.BundleInstance(t.Context(), &ec2.BundleInstanceInput{
		// InstanceId: *string (required)
		// Storage: *types.Storage (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("bundle-instance", out)
}
