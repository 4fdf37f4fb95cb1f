package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListVolumesInRecycleBin is the parity test of EC2 ListVolumesInRecycleBin.
// ListVolumesInRecycleBin: Lists one or more volumes that are currently in the Recycle Bin.
func TestListVolumesInRecycleBin(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ListVolumesInRecycleBin(t.Context(), &ec2.ListVolumesInRecycleBinInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-volumes-in-recycle-bin", out)
}
