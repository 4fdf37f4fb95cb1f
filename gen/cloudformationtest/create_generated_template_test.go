package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateGeneratedTemplate is the parity test of CloudFormation CreateGeneratedTemplate.
// CreateGeneratedTemplate: Creates a template from existing resources that are not already managed with CloudFormation.
func TestCreateGeneratedTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	// cloudformationtest.CreateGeneratedTemplate calls CreateGeneratedTemplate with the input below and deletes the GeneratedTemplate when the test ends.
	out := cloudformationtest.CreateGeneratedTemplate(t, client, func(in *cloudformation.CreateGeneratedTemplateInput) {
		// in.GeneratedTemplateName = *string (required; the fixture sets it)
	})
	snap.Match("create-generated-template", out)
}
