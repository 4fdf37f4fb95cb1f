package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateActivation is the parity test of SSM CreateActivation.
// CreateActivation: Generates an activation code and activation ID you can use to register your on-premises servers, edge devices, or virtual machine (VM) with Amazon Web Services Systems Manager.
func TestCreateActivation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateActivation calls CreateActivation with the input below and deletes the Activation when the test ends.
	out := ssmtest.CreateActivation(t, client, func(in *ssm.CreateActivationInput) {
		// in.IamRole = *string (required)
	})
	snap.Match("create-activation", out)
}
