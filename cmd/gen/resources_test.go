package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/internal/scale"
)

func runResources(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := dispatch(append([]string{"resources"}, args...), &stdout, &stderr); err != nil {
		t.Fatalf("resources %q: %v\n%s", args, err, stderr.String())
	}
	return stdout.String()
}

// TestResourcesCommand: one tab-separated line per resource, sorted by
// sdkId: sdkId, resource, create, delete, identifier path, kind.
func TestResourcesCommand(t *testing.T) {
	got := runResources(t, "-services", "sqs,kinesis,dynamodb")
	want := "DynamoDB\tBackup\tCreateBackup\tDeleteBackup\toutput.BackupDetails.BackupArn\tdependent\n" +
		"DynamoDB\tTable\tCreateTable\tDeleteTable\tinput.TableName\ttop-level\n" +
		"Kinesis\tStream\tCreateStream\tDeleteStream\tinput.StreamName\ttop-level\n" +
		"Kinesis\tStreamConsumer\tRegisterStreamConsumer\tDeregisterStreamConsumer\toutput.Consumer.ConsumerARN\tchild\n" +
		"SQS\tQueue\tCreateQueue\tDeleteQueue\toutput.QueueUrl\ttop-level\n"
	if got != want {
		t.Errorf("resources =\n%s\nwant\n%s", got, want)
	}
}

// TestResourcesSmithyModels reads the shared Smithy models with -models.
func TestResourcesSmithyModels(t *testing.T) {
	dir := scale.ModelsDir(t)
	got := strings.Split(strings.TrimSpace(runResources(t, "-models", filepath.Join(dir, "sqs.json.gz"), "-models", filepath.Join(dir, "kms.json.gz"), "-services", "all")), "\n")
	for _, want := range []string{
		"SQS\tQueue\tCreateQueue\tDeleteQueue\toutput.QueueUrl\ttop-level",
		"KMS\tKey\tCreateKey\tScheduleKeyDeletion\toutput.KeyMetadata.KeyId\ttop-level",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestResourcesTableIsCurrent keeps docs/resources.md what
// `go run ./cmd/gen resources -table` prints (scripts/generate.sh writes it).
func TestResourcesTableIsCurrent(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(scale.RepoRoot(t), "docs", "resources.md"))
	if err != nil {
		t.Fatal(err)
	}
	got := runResources(t, "-table")
	if got != string(want) {
		t.Errorf("docs/resources.md is stale; run scripts/generate.sh (or go run ./cmd/gen resources -table > docs/resources.md). It prints:\n%s", got)
	}
	if !strings.Contains(got, "| SQS | 1 | 1 | 0 | 0 | 1 | 1 | 0 | sqstest.CreateQueue |") {
		t.Errorf("no SQS row with one top-level resource, one fixture emitted, ready:\n%s", got)
	}
	// CloudWatch Logs has a log stream, child of a log group.
	if row := regexp.MustCompile(`(?m)^\| CloudWatch Logs \| \d+ \| \d+ \| [1-9]\d* \| .*cloudwatchlogstest\.CreateLogStream\b`).FindString(got); row == "" {
		t.Errorf("no CloudWatch Logs row with a child resource and the log stream fixture:\n%s", got)
	}
}
