package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribePatchProperties is the parity test of SSM DescribePatchProperties.
// DescribePatchProperties: Lists the properties of available patches organized by product, product family, classification, severity, and other properties of available patches.
func TestDescribePatchProperties(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribePatchProperties(t.Context(), &ssm.DescribePatchPropertiesInput{
		// OperatingSystem: types.OperatingSystem (required)
		// Property: types.PatchProperty (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-patch-properties", out)
}
