package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetPlatformApplicationAttributes is the parity test of SNS SetPlatformApplicationAttributes.
// SetPlatformApplicationAttributes: Sets the attributes of the platform application object for the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging).
func TestSetPlatformApplicationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	platformApplication := snstest.CreatePlatformApplication(t, client)
	out, err := client.SetPlatformApplicationAttributes(t.Context(), &sns.SetPlatformApplicationAttributesInput{
		PlatformApplicationArn: platformApplication.PlatformApplicationArn,
		// Attributes: map[string]string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-platform-application-attributes", out)
}
