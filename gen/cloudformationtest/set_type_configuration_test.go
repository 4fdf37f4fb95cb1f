package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetTypeConfiguration is the parity test of CloudFormation SetTypeConfiguration.
// SetTypeConfiguration: Specifies the configuration data for a CloudFormation extension, such as a resource or Hook, in the given account and Region.
func TestSetTypeConfiguration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var typeRes *string
	cloudformationtest.CreateType(t, client, func(in *cloudformation.RegisterTypeInput) { typeRes = in.TypeName })
	out, err := client.SetTypeConfiguration(t.Context(), &cloudformation.SetTypeConfigurationInput{
		// Configuration: *string (required)
		TypeName: typeRes,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-type-configuration", out)
}
