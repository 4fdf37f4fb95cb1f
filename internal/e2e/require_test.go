package e2e

import (
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"

	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/poll"
)

// TestRequiredMemberWithoutRecipe: a generated fixture whose create input
// has a required member that neither the recipe nor synthesis fills (EC2
// RunInstances' ImageId, required by models/fixtures.json: AMI ids differ
// per region and account) fails the test before any call, naming the
// member, and checks after the options, so one the caller sets is not
// reported and the create is called. The client answers every call
// NotImplemented.
func TestRequiredMemberWithoutRecipe(t *testing.T) {
	c := ec2.New(ec2.Options{Region: "us-east-1"}, ec2test.WithServer(ec2test.UnimplementedServer{}))
	a := poll.Try(t, func(tb testing.TB) {
		ec2test.CreateInstance(tb, c)
		tb.Errorf("CreateInstance returned")
	})
	want := "ec2test.CreateInstance: required member ImageId is not set and has no recipe; set it with an option"
	if _, skipped := a.SkipReason(); !a.Failed() || a.Report() != want || skipped {
		t.Errorf("no options: failed %v with %q (skipped %v); want only the fatal %q", a.Failed(), a.Report(), skipped, want)
	}

	a = poll.Try(t, func(tb testing.TB) {
		ec2test.CreateInstance(tb, c, func(o *ec2test.CreateInstanceOptions) { o.Input.ImageId = aws.String("ami-12345678") })
		tb.Errorf("CreateInstance returned")
	})
	reason, _ := a.SkipReason()
	if ended := a.Report() + reason; strings.Contains(ended, "ImageId") || !strings.Contains(ended, "RunInstances") {
		t.Errorf("ImageId set: report %q, skip %q; want the test ended by the RunInstances call, not by ImageId", a.Report(), reason)
	}
}
