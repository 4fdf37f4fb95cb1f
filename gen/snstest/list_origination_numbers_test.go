package snstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListOriginationNumbers is the parity test of SNS ListOriginationNumbers.
// ListOriginationNumbers: Lists the calling Amazon Web Services account's dedicated origination numbers and their metadata.
func TestListOriginationNumbers(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(snstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListOriginationNumbers(t.Context(), &sns.ListOriginationNumbersInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-origination-numbers", out)
}
