package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListEndpointsByPlatformApplication is the parity test of SNS ListEndpointsByPlatformApplication.
// ListEndpointsByPlatformApplication: Lists the endpoints and endpoint attributes for devices in a supported push notification service, such as GCM (Firebase Cloud Messaging) and APNS.
func TestListEndpointsByPlatformApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	platformApplication := snstest.CreatePlatformApplication(t, client)
	out, err := client.ListEndpointsByPlatformApplication(t.Context(), &sns.ListEndpointsByPlatformApplicationInput{
		PlatformApplicationArn: platformApplication.PlatformApplicationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-endpoints-by-platform-application", out)
}
