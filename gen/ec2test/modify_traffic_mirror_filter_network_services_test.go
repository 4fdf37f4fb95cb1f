package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyTrafficMirrorFilterNetworkServices is the parity test of EC2 ModifyTrafficMirrorFilterNetworkServices.
// ModifyTrafficMirrorFilterNetworkServices: Allows or restricts mirroring network services.
func TestModifyTrafficMirrorFilterNetworkServices(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorFilter := ec2test.CreateTrafficMirrorFilter(t, client)
	out, err := client.ModifyTrafficMirrorFilterNetworkServices(t.Context(), &ec2.ModifyTrafficMirrorFilterNetworkServicesInput{
		TrafficMirrorFilterId: trafficMirrorFilter.TrafficMirrorFilter.TrafficMirrorFilterId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-traffic-mirror-filter-network-services", out)
}
