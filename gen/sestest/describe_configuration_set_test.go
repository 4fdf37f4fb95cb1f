package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeConfigurationSet is the parity test of SES DescribeConfigurationSet.
// DescribeConfigurationSet: Returns the details of the specified configuration set.
func TestDescribeConfigurationSet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeConfigurationSet(t.Context(), &ses.DescribeConfigurationSetInput{
		// ConfigurationSetName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-configuration-set", out)
}
