package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestBatchDescribeTypeConfigurations is the parity test of CloudFormation BatchDescribeTypeConfigurations.
// BatchDescribeTypeConfigurations: Returns configuration data for the specified CloudFormation extensions, from the CloudFormation registry in your current account and Region.
func TestBatchDescribeTypeConfigurations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchDescribeTypeConfigurations(t.Context(), &cloudformation.BatchDescribeTypeConfigurationsInput{
		// TypeConfigurationIdentifiers: []types.TypeConfigurationIdentifier (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-describe-type-configurations", out)
}
