package target

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestServiceEndpointSource: the configuration source answers a service
// client's lookup by sdkId with the variable the SDK documents for it, so
// clients see exactly the endpoints readEndpoints checked.
func TestServiceEndpointSource(t *testing.T) {
	// The run's own endpoint variables (an emulator's) must not answer.
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "AWS_ENDPOINT_URL") {
			t.Setenv(k, "")
		}
	}
	t.Setenv("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "http://127.0.0.1:1111")
	t.Setenv("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:2222")
	eps, err := readEndpoints()
	if err != nil {
		t.Fatal(err)
	}
	for sdkID, want := range map[string]string{"CloudWatch Logs": "http://127.0.0.1:1111", "SQS": "http://127.0.0.1:2222", "SNS": ""} {
		got, found, err := eps.GetServiceBaseEndpoint(context.Background(), sdkID)
		if got != want || found != (want != "") || err != nil {
			t.Errorf("%s: %q %v %v, want %q", sdkID, got, found, err, want)
		}
	}
	if eps.base != DefaultEndpoint {
		t.Errorf("base = %q, want %q", eps.base, DefaultEndpoint)
	}
}

func TestCheckEndpoint(t *testing.T) {
	for value, refusal := range map[string]string{
		"http://localhost:4566":                   "",
		"https://127.0.0.1:4566/":                 "",
		"http://s3.localhost.localstack.cloud":    "",
		"http://amazonaws.com.example.test:80":    "",
		"http://notamazonaws.com":                 "",
		"https://sqs.us-east-1.amazonaws.com":     "points at AWS",
		"https://s3.dualstack.eu-west-1.api.aws":  "points at AWS",
		"https://sqs.cn-north-1.amazonaws.com.cn": "points at AWS",
		"https://AMAZONAWS.COM.":                  "points at AWS",
		"localhost:4566":                          "not an http or https URL",
		"ftp://127.0.0.1":                         "not an http or https URL",
		"http://":                                 "not an http or https URL",
	} {
		err := checkEndpoint("AWS_ENDPOINT_URL_X", value)
		switch {
		case refusal == "" && err != nil:
			t.Errorf("%s refused: %v", value, err)
		case refusal != "" && (err == nil || !strings.Contains(err.Error(), refusal) || !strings.Contains(err.Error(), "AWS_ENDPOINT_URL_X=")):
			t.Errorf("%s: error %v, want %q naming the variable", value, err, refusal)
		}
	}
}
