package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInstanceInformation is the parity test of SSM DescribeInstanceInformation.
// DescribeInstanceInformation: Provides information about one or more of your managed nodes, including the operating system platform, SSM Agent version, association status, and IP address.
func TestDescribeInstanceInformation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInstanceInformation(t.Context(), &ssm.DescribeInstanceInformationInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-instance-information", out)
}
