package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetInstanceTpmEkPub is the parity test of EC2 GetInstanceTpmEkPub.
// GetInstanceTpmEkPub: Gets the public endorsement key associated with the Nitro Trusted Platform Module (NitroTPM) for the specified instance.
func TestGetInstanceTpmEkPub(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetInstanceTpmEkPub(t.Context(), &ec2.GetInstanceTpmEkPubInput{
		// InstanceId: *string (required)
		// KeyType: types.EkPubKeyType (required)
		// KeyFormat: types.EkPubKeyFormat (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-instance-tpm-ek-pub", out)
}
