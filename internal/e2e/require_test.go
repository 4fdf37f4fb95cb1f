package e2e

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/runtime/poll"
)

// TestRequiredMemberWithoutRecipe: a generated fixture whose create input
// has a required member that neither a unique name nor a recipe fills
// fails the test before any call, naming the member, and checks after the
// options, so one the caller sets is not reported. The client answers
// every call NotImplemented: a fixture that called CreatePlatformApplication
// would be skipped, not failed.
func TestRequiredMemberWithoutRecipe(t *testing.T) {
	c := sns.New(sns.Options{Region: "us-east-1"}, snstest.WithServer(snstest.UnimplementedServer{}))
	for _, tc := range []struct {
		name string
		opts []func(*snstest.CreatePlatformApplicationOptions)
		want string
	}{
		{"no options", nil,
			"snstest.CreatePlatformApplication: required member Platform is not set and has no recipe; set it with an option"},
		{"Platform set", []func(*snstest.CreatePlatformApplicationOptions){func(o *snstest.CreatePlatformApplicationOptions) { o.Input.Platform = aws.String("GCM") }},
			"snstest.CreatePlatformApplication: required member Attributes is not set and has no recipe; set it with an option"},
	} {
		a := poll.Try(t, func(tb testing.TB) {
			snstest.CreatePlatformApplication(tb, c, tc.opts...)
			tb.Errorf("CreatePlatformApplication returned")
		})
		if _, skipped := a.SkipReason(); !a.Failed() || a.Report() != tc.want || skipped {
			t.Errorf("%s: failed %v with %q (skipped %v); want only the fatal %q", tc.name, a.Failed(), a.Report(), skipped, tc.want)
		}
	}
}
