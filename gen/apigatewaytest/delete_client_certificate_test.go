package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteClientCertificate is the parity test of API Gateway DeleteClientCertificate.
// DeleteClientCertificate: Deletes the ClientCertificate resource.
func TestDeleteClientCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteClientCertificate(t.Context(), &apigateway.DeleteClientCertificateInput{
		// ClientCertificateId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-client-certificate", out)
}
