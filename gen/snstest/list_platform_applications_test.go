package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPlatformApplications is the parity test of SNS ListPlatformApplications.
// ListPlatformApplications: Lists the platform application objects for the supported push notification services, such as APNS and GCM (Firebase Cloud Messaging).
func TestListPlatformApplications(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListPlatformApplications(t.Context(), &sns.ListPlatformApplicationsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-platform-applications", out)
}
