package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetServiceSetting is the parity test of SSM GetServiceSetting.
// GetServiceSetting: ServiceSetting is an account-level setting for an Amazon Web Services service.
func TestGetServiceSetting(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetServiceSetting(t.Context(), &ssm.GetServiceSettingInput{
		// SettingId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-service-setting", out)
}
