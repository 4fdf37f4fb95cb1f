package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListImagesInRecycleBin is the parity test of EC2 ListImagesInRecycleBin.
// ListImagesInRecycleBin: Lists one or more AMIs that are currently in the Recycle Bin.
func TestListImagesInRecycleBin(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ListImagesInRecycleBin(t.Context(), &ec2.ListImagesInRecycleBinInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-images-in-recycle-bin", out)
}
