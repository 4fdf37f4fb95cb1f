package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstanceMetadataDefaults is the parity test of EC2 ModifyInstanceMetadataDefaults.
// ModifyInstanceMetadataDefaults: Modifies the default instance metadata service (IMDS) settings at the account level in the specified Amazon Web Services Region.
func TestModifyInstanceMetadataDefaults(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyInstanceMetadataDefaults(t.Context(), &ec2.ModifyInstanceMetadataDefaultsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-metadata-defaults", out)
}
