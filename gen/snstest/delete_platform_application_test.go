package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePlatformApplication is the parity test of SNS DeletePlatformApplication.
// DeletePlatformApplication: Deletes a platform application object for one of the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging).
func TestDeletePlatformApplication(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	platformApplication := snstest.CreatePlatformApplication(t, client)
	out, err := client.DeletePlatformApplication(t.Context(), &sns.DeletePlatformApplicationInput{
		PlatformApplicationArn: platformApplication.PlatformApplicationArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-platform-application", out)
}
