package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreatePlatformEndpoint is the parity test of SNS CreatePlatformEndpoint.
// CreatePlatformEndpoint: Creates an endpoint for a device and mobile app on one of the supported push notification services, such as GCM (Firebase Cloud Messaging) and APNS.
func TestCreatePlatformEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	platformApplication := snstest.CreatePlatformApplication(t, client)
	out, err := client.CreatePlatformEndpoint(t.Context(), &sns.CreatePlatformEndpointInput{
		PlatformApplicationArn: platformApplication.PlatformApplicationArn,
		// Token: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-platform-endpoint", out)
}
