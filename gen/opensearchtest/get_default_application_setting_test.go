package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDefaultApplicationSetting is the parity test of OpenSearch GetDefaultApplicationSetting.
// GetDefaultApplicationSetting: Gets the ARN of the current default application.
func TestGetDefaultApplicationSetting(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDefaultApplicationSetting(t.Context(), &opensearch.GetDefaultApplicationSettingInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-default-application-setting", out)
}
