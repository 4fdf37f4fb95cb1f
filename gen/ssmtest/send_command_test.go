package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendCommand is the parity test of SSM SendCommand.
// SendCommand: Runs commands on one or more managed nodes.
func TestSendCommand(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.SendCommand(t.Context(), &ssm.SendCommandInput{
		// DocumentName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-command", out)
}
