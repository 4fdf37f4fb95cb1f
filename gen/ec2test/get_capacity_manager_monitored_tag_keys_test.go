package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCapacityManagerMonitoredTagKeys is the parity test of EC2 GetCapacityManagerMonitoredTagKeys.
// GetCapacityManagerMonitoredTagKeys: Retrieves the tag keys that are currently being monitored by EC2 Capacity Manager.
func TestGetCapacityManagerMonitoredTagKeys(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetCapacityManagerMonitoredTagKeys(t.Context(), &ec2.GetCapacityManagerMonitoredTagKeysInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-capacity-manager-monitored-tag-keys", out)
}
