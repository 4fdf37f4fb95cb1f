package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateMacSystemIntegrityProtectionModificationTask is the parity test of EC2 CreateMacSystemIntegrityProtectionModificationTask.
// CreateMacSystemIntegrityProtectionModificationTask: Creates a System Integrity Protection (SIP) modification task to configure the SIP settings for an x86 Mac instance or Apple silicon Mac instance.
func TestCreateMacSystemIntegrityProtectionModificationTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateMacSystemIntegrityProtectionModificationTask(t.Context(), &ec2.CreateMacSystemIntegrityProtectionModificationTaskInput{
		// InstanceId: *string (required)
		// MacSystemIntegrityProtectionStatus: types.MacSystemIntegrityProtectionSettingStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-mac-system-integrity-protection-modification-task", out)
}
