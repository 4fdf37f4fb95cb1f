package runtimesdk_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/awsparity/awsparity/runtime/poll"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// formatFile is written by runtime/snapshot (recorded by
// TestLocalStackReader when absent) and committed, so the Python reader
// always reads a file the Go side wrote.
const formatFile = "testdata/localstack_format.snapshot.json"

// blob holds every byte value, so the reader's decoding is checked on all.
var blob = func() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// A reader of LocalStack's file format, written in Python from the
// localstack-snapshot library's semantics, reads the committed file the Go
// side wrote: layout, dates, ResponseMetadata, errors, and blobs back to
// the same bytes.
func TestLocalStackReader(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if ci, _ := strconv.ParseBool(os.Getenv(snapshot.EnvCI)); ci {
			t.Fatal("python3 is needed in CI")
		}
		t.Skip("python3 not found")
	}
	// The file is Go's: matching it re-checks the content, and records it
	// when it is missing (outside CI).
	cfg := serve(t, 400, map[string]string{"Content-Type": "application/x-amz-json-1.0", "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"},
		`{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}`)
	_, apiErr := sqs.NewFromConfig(cfg).GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{QueueName: aws.String("q")})
	f := poll.Try(t, func(tb testing.TB) {
		snap := snapshot.New(tb, snapshot.WithFile(formatFile), snapshot.WithKey("TestFormat"))
		snap.Match("message", &sqs.ReceiveMessageOutput{Messages: []sqstypes.Message{{
			Body: aws.String(`{"Type":"Notification","Message":"hi"}`),
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"blob": {DataType: aws.String("Binary"), BinaryValue: blob}},
		}}})
		snap.Match("error", apiErr)
	})
	if err := f.Err(); err != nil {
		t.Fatalf("matching %s: %v", formatFile, err)
	}

	out, err := exec.Command(py, filepath.Join("testdata", "lsreader.py"), formatFile).CombinedOutput()
	if err != nil {
		t.Fatalf("the Python reader refused %s: %v\n%s", formatFile, err, out)
	}
	var read map[string]map[string]any
	if err := json.Unmarshal(out, &read); err != nil {
		t.Fatalf("reader output: %v\n%s", err, out)
	}
	content := read["TestFormat"]
	msg := content["message"].(map[string]any)["Messages"].([]any)[0].(map[string]any)
	got := msg["MessageAttributes"].(map[string]any)["blob"].(map[string]any)["BinaryValue"].(map[string]any)["bytes_hex"]
	if got != hex.EncodeToString(blob) {
		t.Errorf("Python read the blob as %v, want the 256 bytes written", got)
	}
	if body, ok := msg["Body"].(map[string]any); !ok || body["Type"] != "Notification" {
		t.Errorf("Body = %v, want the parsed JSON object", msg["Body"])
	}
	errEntry := content["error"].(map[string]any)
	if code := errEntry["Error"].(map[string]any)["Code"]; code != "AWS.SimpleQueueService.NonExistentQueue" {
		t.Errorf("Error.Code = %v", code)
	}
	if status := errEntry["ResponseMetadata"].(map[string]any)["HTTPStatusCode"]; status != float64(400) {
		t.Errorf("HTTPStatusCode = %v", status)
	}
}

// Every snapshot file this repository's parity tests wrote (gen/, the
// example module) reads in LocalStack's reader too.
func TestLocalStackReaderReadsCommittedFiles(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if ci, _ := strconv.ParseBool(os.Getenv(snapshot.EnvCI)); ci {
			t.Fatal("python3 is needed in CI")
		}
		t.Skip("python3 not found")
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "gen", "*", "testdata", "*.snapshot.json"))
	if err != nil {
		t.Fatal(err)
	}
	example, _ := filepath.Glob(filepath.Join("..", "..", "examples", "gogenerate", "testdata", "*.snapshot.json"))
	files = append(files, example...)
	if len(files) < 10 {
		t.Fatalf("found %d committed snapshot files, want the parity tests' (at least 10)", len(files))
	}
	if out, err := exec.Command(py, append([]string{filepath.Join("testdata", "lsreader.py")}, files...)...).CombinedOutput(); err != nil {
		t.Errorf("the Python reader refused a committed file: %v\n%s", err, out)
	}
	// The reader is a check: a file LocalStack could not load fails it.
	bad := filepath.Join(t.TempDir(), "bad.snapshot.json")
	if err := os.WriteFile(bad, []byte(`{"t": {"recorded-date": "2024-05-01", "recorded-content": {}}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(py, filepath.Join("testdata", "lsreader.py"), bad).CombinedOutput(); err == nil ||
		!strings.Contains(string(out), "recorded-date") {
		t.Errorf("the reader accepted a date LocalStack cannot parse: %v\n%s", err, out)
	}
}
