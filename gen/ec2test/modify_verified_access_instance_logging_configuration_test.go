package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessInstanceLoggingConfiguration is the parity test of EC2 ModifyVerifiedAccessInstanceLoggingConfiguration.
// ModifyVerifiedAccessInstanceLoggingConfiguration: Modifies the logging configuration for the specified Amazon Web Services Verified Access instance.
func TestModifyVerifiedAccessInstanceLoggingConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessInstance := ec2test.CreateVerifiedAccessInstance(t, client)
	out, err := client.ModifyVerifiedAccessInstanceLoggingConfiguration(t.Context(), &ec2.ModifyVerifiedAccessInstanceLoggingConfigurationInput{
		VerifiedAccessInstanceId: verifiedAccessInstance.VerifiedAccessInstance.VerifiedAccessInstanceId,
		// AccessLogs: *types.VerifiedAccessLogOptions (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-instance-logging-configuration", out)
}
