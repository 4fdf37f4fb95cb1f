package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCapacityManagerMonitoredTagKeys is the parity test of EC2 UpdateCapacityManagerMonitoredTagKeys.
// UpdateCapacityManagerMonitoredTagKeys: Activates or deactivates tag keys for monitoring by EC2 Capacity Manager.
func TestUpdateCapacityManagerMonitoredTagKeys(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateCapacityManagerMonitoredTagKeys(t.Context(), &ec2.UpdateCapacityManagerMonitoredTagKeysInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-capacity-manager-monitored-tag-keys", out)
}
