package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetConsoleScreenshot is the parity test of EC2 GetConsoleScreenshot.
// GetConsoleScreenshot: Retrieve a JPG-format screenshot of a running instance to help with troubleshooting.
func TestGetConsoleScreenshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetConsoleScreenshot(t.Context(), &ec2.GetConsoleScreenshotInput{
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-console-screenshot", out)
}
