package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDefaultApplicationSetting is the parity test of OpenSearch PutDefaultApplicationSetting.
// PutDefaultApplicationSetting: Sets the default application to the application with the specified ARN.
func TestPutDefaultApplicationSetting(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutDefaultApplicationSetting(t.Context(), &opensearch.PutDefaultApplicationSettingInput{
		// ApplicationArn: *string (required)
		// SetAsDefault: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-default-application-setting", out)
}
