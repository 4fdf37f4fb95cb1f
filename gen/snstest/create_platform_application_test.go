package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePlatformApplication is the parity test of SNS CreatePlatformApplication.
// CreatePlatformApplication: Creates a platform application object for one of the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging), to which devices and mobile apps may register.
func TestCreatePlatformApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	// snstest.CreatePlatformApplication calls CreatePlatformApplication with the input below and deletes the PlatformApplication when the test ends.
	out := snstest.CreatePlatformApplication(t, client, func(in *sns.CreatePlatformApplicationInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.Platform = *string (required)
		// in.Attributes = map[string]string (required)
	})
	snap.Match("create-platform-application", out)
}
