package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestRegisterType is the parity test of CloudFormation RegisterType.
// RegisterType: Registers an extension with the CloudFormation service.
func TestRegisterType(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	// cloudformationtest.CreateType calls RegisterType with the input below and deletes the Type when the test ends.
	out := cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) {
		// in.TypeName = *string (required; the fixture sets it)
		// in.SchemaHandlerPackage = *string (required)
	})
	snap.Match("register-type", out)
}
