package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetSMSAttributes is the parity test of SNS SetSMSAttributes.
// SetSMSAttributes: Use this request to set the default settings for sending SMS messages and receiving daily SMS usage reports.
func TestSetSMSAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.SetSMSAttributes(t.Context(), &sns.SetSMSAttributesInput{
		// Attributes: map[string]string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-sms-attributes", out)
}
