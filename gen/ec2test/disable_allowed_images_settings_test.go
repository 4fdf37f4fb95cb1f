package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableAllowedImagesSettings is the parity test of EC2 DisableAllowedImagesSettings.
// DisableAllowedImagesSettings: Disables Allowed AMIs for your account in the specified Amazon Web Services Region.
func TestDisableAllowedImagesSettings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisableAllowedImagesSettings(t.Context(), &ec2.DisableAllowedImagesSettingsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-allowed-images-settings", out)
}
