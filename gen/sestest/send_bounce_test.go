package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendBounce is the parity test of SES SendBounce.
// SendBounce: Generates and sends a bounce message to the sender of an email you received through Amazon SES.
func TestSendBounce(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SendBounce(t.Context(), &ses.SendBounceInput{
		// OriginalMessageId: *string (required)
		// BounceSender: *string (required)
		// BouncedRecipientInfoList: []types.BouncedRecipientInfo (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-bounce", out)
}
