package inproc_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/internal/scale"
)

// acceleratorFake behaves as Global Accelerator does on delete: it refuses
// an accelerator that is enabled or whose last change is still in progress
// (AcceleratorNotDisabledException), and answers DescribeAccelerator
// IN_PROGRESS once after a change. The test reads the calls it logged.
const acceleratorFake = `package gafixture

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/globalaccelerator"
	"github.com/aws/aws-sdk-go-v2/service/globalaccelerator/types"
	"github.com/aws/smithy-go"

	"example.com/extraop/awstest/globalacceleratortest"
)

type fake struct {
	globalacceleratortest.UnimplementedServer
	mu       sync.Mutex
	calls    []string
	enabled  bool
	settling int // DescribeAccelerator answers IN_PROGRESS this many more times
	gone     bool
}

func (f *fake) log(call string) { f.mu.Lock(); defer f.mu.Unlock(); f.calls = append(f.calls, call) }

func (f *fake) CreateAccelerator(_ context.Context, in *globalaccelerator.CreateAcceleratorInput) (*globalaccelerator.CreateAcceleratorOutput, error) {
	f.log("CreateAccelerator")
	f.enabled = in.Enabled == nil || *in.Enabled
	return &globalaccelerator.CreateAcceleratorOutput{Accelerator: &types.Accelerator{
		AcceleratorArn: aws.String("arn:aws:globalaccelerator::000000000000:accelerator/" + aws.ToString(in.Name)),
		Status:         types.AcceleratorStatusDeployed,
	}}, nil
}

func (f *fake) UpdateAccelerator(_ context.Context, in *globalaccelerator.UpdateAcceleratorInput) (*globalaccelerator.UpdateAcceleratorOutput, error) {
	f.log("UpdateAccelerator Enabled=" + map[bool]string{true: "true", false: "false"}[aws.ToBool(in.Enabled)])
	f.enabled, f.settling = aws.ToBool(in.Enabled), 1
	return &globalaccelerator.UpdateAcceleratorOutput{}, nil
}

func (f *fake) DescribeAccelerator(context.Context, *globalaccelerator.DescribeAcceleratorInput) (*globalaccelerator.DescribeAcceleratorOutput, error) {
	status := types.AcceleratorStatusDeployed
	if f.settling > 0 {
		f.settling--
		status = types.AcceleratorStatusInProgress
	}
	f.log("DescribeAccelerator " + string(status))
	return &globalaccelerator.DescribeAcceleratorOutput{Accelerator: &types.Accelerator{Status: status}}, nil
}

func (f *fake) DeleteAccelerator(context.Context, *globalaccelerator.DeleteAcceleratorInput) (*globalaccelerator.DeleteAcceleratorOutput, error) {
	f.log("DeleteAccelerator")
	if f.enabled || f.settling > 0 {
		return nil, &smithy.GenericAPIError{Code: "AcceleratorNotDisabledException", Message: "disable the accelerator first"}
	}
	f.gone = true
	return &globalaccelerator.DeleteAcceleratorOutput{}, nil
}

func TestDisableBeforeDelete(t *testing.T) {
	f := &fake{}
	c := globalaccelerator.New(globalaccelerator.Options{Region: "us-west-2"}, globalacceleratortest.WithServer(f))
	t.Run("use", func(t *testing.T) {
		globalacceleratortest.CreateAccelerator(t, c, func(o *globalacceleratortest.CreateAcceleratorOptions) {
			o.Wait.MinDelay = time.Millisecond
		})
	})
	want := "CreateAccelerator, UpdateAccelerator Enabled=false, DescribeAccelerator IN_PROGRESS, DescribeAccelerator DEPLOYED, DeleteAccelerator"
	if got := strings.Join(f.calls, ", "); got != want || !f.gone {
		t.Errorf("calls %s (deleted %v), want %s", got, f.gone, want)
	}
}
`

// TestGlobalAcceleratorDisableBeforeDelete generates the Global Accelerator
// helpers from the shared Smithy model with the embedded fixtures file into
// a scratch module, and runs the generated CreateAccelerator against a fake
// that refuses to delete an enabled accelerator: the cleanup disables it,
// waits for DEPLOYED and then deletes. Global Accelerator is not one of the
// default services in gen/, so this is where its pre-delete call compiles
// against the SDK and runs.
func TestGlobalAcceleratorDisableBeforeDelete(t *testing.T) {
	root := checkoutRoot(t)
	model := filepath.Join(scale.ModelsDir(t), "global-accelerator.json.gz")
	dir := scratchModule(t, root)
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.mod"), string(gomod)+"\nrequire github.com/aws/aws-sdk-go-v2/service/globalaccelerator v1.36.2\n")
	goCmd(t, dir, "mod", "download", "github.com/aws/aws-sdk-go-v2/service/globalaccelerator")
	goCmd(t, root, "run", "./cmd/gen", "-models", model, "-services", "all", "-skeletons=false",
		"-module", dir, "-out", filepath.Join(dir, "awstest"))
	write(t, filepath.Join(dir, "awstest", "gafixture", "fixture_test.go"), acceleratorFake)
	out := goCmd(t, dir, "test", "./awstest/...")
	if !strings.Contains(out, "ok  \texample.com/extraop/awstest/gafixture") {
		t.Errorf("the generated fixture's test did not pass:\n%s", out)
	}
}
