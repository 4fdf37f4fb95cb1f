package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetInstanceMetadataDefaults is the parity test of EC2 GetInstanceMetadataDefaults.
// GetInstanceMetadataDefaults: Gets the default instance metadata service (IMDS) settings that are set at the account level in the specified Amazon Web Services Region.
func TestGetInstanceMetadataDefaults(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetInstanceMetadataDefaults(t.Context(), &ec2.GetInstanceMetadataDefaultsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-instance-metadata-defaults", out)
}
