package emit

import (
	"strings"
	"testing"
)

func TestArticleAndPhrase(t *testing.T) {
	for _, c := range []struct{ service, resource, want string }{
		{"SQS", "Queue", "an SQS queue"},
		{"KMS", "Key", "a KMS key"},
		{"EC2", "Instance", "an EC2 instance"},
		{"S3", "Bucket", "an S3 bucket"},
		{"DynamoDB", "Table", "a DynamoDB table"},
		{"EventBridge", "EventBus", "an EventBridge event bus"},
		{"CloudWatch Logs", "LogGroup", "a CloudWatch Logs log group"},
		{"RDS", "DBInstance", "an RDS DB instance"},
		{"IAM", "User", "an IAM user"},
		{"", "User", "a user"},
		{"", "Alias", "an alias"},
	} {
		words := strings.TrimSpace(c.service + " " + Phrase(c.resource))
		if got := Article(words) + " " + words; got != c.want {
			t.Errorf("%s %s: got %q, want %q", c.service, c.resource, got, c.want)
		}
	}
}

func TestWrap(t *testing.T) {
	text := strings.Repeat("word ", 40) + strings.Repeat("x", 90)
	lines := Wrap(text, 77)
	for i, l := range lines[:len(lines)-1] {
		if len(l) > 77 {
			t.Errorf("line %d is %d long: %q", i, len(l), l)
		}
	}
	if got := strings.Join(lines, " "); got != strings.TrimSpace(text) {
		t.Errorf("wrapping lost or changed words:\n%s", got)
	}
	if last := lines[len(lines)-1]; len(last) != 90 {
		t.Errorf("a word longer than the width should stand alone, got %q", last)
	}
}
