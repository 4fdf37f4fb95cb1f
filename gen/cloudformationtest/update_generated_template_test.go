package cloudformationtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/awsparity/awsparity/gen/cloudformationtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateGeneratedTemplate is the parity test of CloudFormation UpdateGeneratedTemplate.
// UpdateGeneratedTemplate: Updates a generated template.
func TestUpdateGeneratedTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudformationtest.Transformers()...))
	client := newClient(t)
	var generatedTemplate *string
	cloudformationtest.CreateGeneratedTemplate(t, client, func(in *cloudformation.CreateGeneratedTemplateInput) { generatedTemplate = in.GeneratedTemplateName })
	out, err := client.UpdateGeneratedTemplate(t.Context(), &cloudformation.UpdateGeneratedTemplateInput{
		GeneratedTemplateName: generatedTemplate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-generated-template", out)
}
