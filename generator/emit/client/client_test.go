package client_test

import (
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/client"
	"github.com/awsparity/awsparity/generator/ir"
)

func service(sdkID, pkg string) *ir.Service {
	return &ir.Service{SDKID: sdkID, Go: ir.GoService{
		Package: "github.com/aws/aws-sdk-go-v2/service/" + pkg, PackageName: pkg,
		TypesPackage: "github.com/aws/aws-sdk-go-v2/service/" + pkg + "/types", TestPackage: pkg + "test",
	}}
}

// TestEmulatorRules: S3's client gets path-style addressing against an
// emulator, typed against the SDK's own Options; a service without rules
// gets no emulator case at all. (gen/ compiles both against the SDK.)
func TestEmulatorRules(t *testing.T) {
	for _, c := range []struct {
		svc       *ir.Service
		want, not []string
	}{
		{service("S3", "s3"), []string{
			"func NewClient(t testing.TB, fake Server, optFns ...func(*s3.Options)) *s3.Client {",
			"case target.Emulator:",
			"o.UsePathStyle = true",
			"// NewClient returns an S3 client",
		}, nil},
		{service("SQS", "sqs"), []string{
			"optFns = append([]func(*sqs.Options){WithServer(fake)}, optFns...)",
			"fake = SharedFake()",
			"// NewClient returns an SQS client",
		}, []string{"case target.Emulator:", "UsePathStyle"}},
	} {
		files, err := client.Emit(&emit.Input{Service: c.svc})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != 1 || files[0].Path != c.svc.Go.TestPackage+"/zz_generated.client.go" {
			t.Fatalf("%s: files %v, want one client file", c.svc.SDKID, files)
		}
		src := string(files[0].Content)
		for _, w := range c.want {
			if !strings.Contains(src, w) {
				t.Errorf("%s: lacks %q:\n%s", c.svc.SDKID, w, src)
			}
		}
		for _, n := range c.not {
			if strings.Contains(src, n) {
				t.Errorf("%s: has %q:\n%s", c.svc.SDKID, n, src)
			}
		}
	}
}
