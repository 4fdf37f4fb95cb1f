package runtimesdk_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/awsparity/awsparity/runtime/snapshot"
)

// These tests drive runtime/snapshot with real service clients against
// canned responses: how outputs and errors are recorded.

// recorded records value through the public API, in a fresh file, and
// returns the recorded content as compact JSON with sorted keys.
func recorded(t *testing.T, value any, ts ...snapshot.Transformer) string {
	t.Helper()
	t.Setenv(snapshot.EnvUpdate, "1")
	t.Setenv(snapshot.EnvCI, "")
	t.Setenv("TEST_TARGET", "")
	file := filepath.Join(t.TempDir(), "x.snapshot.json")
	var name string
	t.Run("record", func(t *testing.T) {
		name = t.Name()
		snapshot.New(t, snapshot.WithFile(file), snapshot.WithTransformers(ts...)).Match("k", value)
	})
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var entries map[string]struct {
		Content map[string]any `json:"recorded-content"`
	}
	if err := json.Unmarshal(b, &entries); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(entries[name].Content["k"]); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(out.String(), "\n")
}

// serve answers every request with status, headers and body, the way a
// service does, so the real SDK client parses the response.
func serve(t *testing.T, status int, headers map[string]string, body string) aws.Config {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), RetryMaxAttempts: 1,
		Credentials: aws.AnonymousCredentials{}}
}

// SQS speaks JSON but keeps its query error codes in a header; boto3
// reports the header's code and the JSON type as QueryErrorCode, and adds
// the modelled members only when the two agree (as LocalStack's recording
// of test_non_existent_queue shows: no "message").
func TestErrorQueryCompatible(t *testing.T) {
	cfg := serve(t, 400, map[string]string{
		"Content-Type":       "application/x-amz-json-1.0",
		"x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender",
		"x-amzn-RequestId":   "r-1",
	}, `{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}`)
	_, err := sqs.NewFromConfig(cfg).GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{QueueName: aws.String("q")})
	if err == nil {
		t.Fatal("no error")
	}
	names := snapshot.MemberNames("github.com/aws/aws-sdk-go-v2/service/sqs", snapshot.AsGo, map[string][]string{"types.QueueDoesNotExist": {"message"}})
	got := recorded(t, err, names)
	want := `{"Error":{"Code":"AWS.SimpleQueueService.NonExistentQueue","Message":"The specified queue does not exist.",` +
		`"QueryErrorCode":"QueueDoesNotExist","Type":"Sender"},"ResponseMetadata":{"HTTPHeaders":{},"HTTPStatusCode":400}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// SNS speaks the XML query protocol: Type comes from the fault.
func TestErrorQueryProtocol(t *testing.T) {
	cfg := serve(t, 404, map[string]string{"Content-Type": "text/xml"},
		`<ErrorResponse><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`)
	_, err := sns.NewFromConfig(cfg).GetTopicAttributes(context.Background(),
		&sns.GetTopicAttributesInput{TopicArn: aws.String("arn:aws:sns:us-east-1:123456789012:t")})
	got := recorded(t, err, snapshot.Protocol("awsQuery"))
	want := `{"Error":{"Code":"NotFound","Message":"Topic does not exist","Type":"Sender"},` +
		`"ResponseMetadata":{"HTTPHeaders":{},"HTTPStatusCode":404}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// An output's ResultMetadata becomes ResponseMetadata with the HTTP
// status; a string holding a JSON object is parsed; a sensitive member is
// scrubbed whatever its type.
func TestOutputContent(t *testing.T) {
	cfg := serve(t, 200, map[string]string{"Content-Type": "application/x-amz-json-1.0"},
		`{"executionArn":"arn:aws:states:us-east-1:123456789012:execution:orders-machine:run-0a1b2c3d","status":"SUCCEEDED",`+
			`"input":"{\"password\":\"hunter2\"}","output":"{\"ok\":true}"}`)
	out, err := sfn.NewFromConfig(cfg).DescribeExecution(context.Background(),
		&sfn.DescribeExecutionInput{ExecutionArn: aws.String("arn:aws:states:us-east-1:123456789012:execution:orders-machine:run-0a1b2c3d")})
	if err != nil {
		t.Fatal(err)
	}
	const pkg = "github.com/aws/aws-sdk-go-v2/service/sfn"
	got := recorded(t, out, snapshot.MemberNames(pkg, snapshot.LowerCamel, nil),
		snapshot.Sensitive(pkg, map[string][]string{"DescribeExecutionOutput": {"input", "output"}}))
	want := `{"ResponseMetadata":{"HTTPHeaders":{},"HTTPStatusCode":200},` +
		`"executionArn":"arn:<partition>:states:<region>:111111111111:execution:orders-machine:<resource:1>",` +
		`"input":"<sensitive>","output":"<sensitive>","status":"SUCCEEDED"}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if strings.Contains(got, "hunter2") {
		t.Error("a sensitive value reached the snapshot")
	}
}

// An error SQS's model does not declare keeps its JSON type as
// QueryErrorCode only with KeepErrorDetails on the client.
func TestKeepErrorDetails(t *testing.T) {
	cfg := serve(t, 400, map[string]string{
		"Content-Type":       "application/x-amz-json-1.0",
		"x-amzn-query-error": "InvalidParameterValue;Sender",
	}, `{"__type":"com.amazon.coral.service#InvalidParameterValueException","message":"Value 11 for parameter MaxNumberOfMessages is invalid."}`)
	call := func(cfg aws.Config) error {
		_, err := sqs.NewFromConfig(cfg).ReceiveMessage(context.Background(),
			&sqs.ReceiveMessageInput{QueueUrl: aws.String("http://q"), MaxNumberOfMessages: 11})
		return err
	}
	without := recorded(t, call(cfg))
	if !strings.Contains(without, `"QueryErrorCode":"InvalidParameterValue"`) {
		t.Errorf("without KeepErrorDetails: %s", without)
	}
	cfg.APIOptions = append(cfg.APIOptions, snapshot.KeepErrorDetails)
	want := `{"Error":{"Code":"InvalidParameterValue","Message":"Value 11 for parameter MaxNumberOfMessages is invalid.",` +
		`"QueryErrorCode":"InvalidParameterValueException","Type":"Sender"},"ResponseMetadata":{"HTTPHeaders":{},"HTTPStatusCode":400}}`
	if got := recorded(t, call(cfg)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// S3's error documents carry more than Code and Message; boto3 reports
// every element, and so does Match with KeepErrorDetails.
func TestKeepErrorDetailsXML(t *testing.T) {
	cfg := serve(t, 409, map[string]string{"Content-Type": "application/xml"},
		`<?xml version="1.0" encoding="UTF-8"?><Error><Code>BucketNotEmpty</Code><Message>The bucket you tried to delete is not empty</Message>`+
			`<BucketName>my-bucket-0a1b2c3d</BucketName><RequestId>R1</RequestId><HostId>H1</HostId></Error>`)
	cfg.APIOptions = append(cfg.APIOptions, snapshot.KeepErrorDetails)
	_, err := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }).DeleteBucket(context.Background(),
		&s3.DeleteBucketInput{Bucket: aws.String("my-bucket-0a1b2c3d")})
	got := recorded(t, err, snapshot.Protocol("restXml"))
	want := `{"Error":{"BucketName":"my-bucket-0a1b2c3d","Code":"BucketNotEmpty","Message":"The bucket you tried to delete is not empty"},` +
		`"ResponseMetadata":{"HTTPHeaders":{},"HTTPStatusCode":409}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
