package transformers_test

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/transformers"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/botocore"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/models"
)

func load(t *testing.T, dir string) *ir.Service {
	t.Helper()
	read := func(name string) []byte {
		b, _ := fs.ReadFile(models.FS, path.Join(dir, name))
		return b
	}
	svc, err := botocore.Load(dir+"/service-2.json", read("service-2.json"), read("waiters-2.json"), read("paginators-1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := golang.Predict(svc); err != nil {
		t.Fatal(err)
	}
	return svc
}

func collect(t *testing.T, dir string) transformers.Members {
	t.Helper()
	svc := load(t, dir)
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	return transformers.Collect(svc, resources.Detect(svc, ov))
}

func TestCollect(t *testing.T) {
	cases := []struct {
		dir                              string
		ids, arns, tokens, times, absent []string
	}{
		// The queue's identifier (output.QueueUrl, DeleteQueue's QueueUrl) and the unique name.
		{dir: "sqs/2012-11-05", ids: []string{"QueueName", "QueueUrl"}, arns: []string{"SourceArn"}},
		// A table is named by its input; ARNs, tokens and timestamps come from every structure.
		{dir: "dynamodb/2012-08-10", ids: []string{"TableName"}, arns: []string{"TableArn", "LatestStreamArn"},
			tokens: []string{"ClientRequestToken"}, times: []string{"CreationDateTime"}},
		// TopicArn identifies the topic: it is listed once, as an identifier, not again as an ARN.
		{dir: "sns/2010-03-31", ids: []string{"TopicArn"}, absent: []string{"TopicArn"}},
	}
	for _, c := range cases {
		m := collect(t, c.dir)
		check := func(what string, got, want []string) {
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("%s: %s = %q, lacks %s", c.dir, what, got, w)
				}
			}
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("%s: %s not sorted and unique: %q", c.dir, what, got)
			}
		}
		check("Identifiers", m.Identifiers, c.ids)
		check("ARNs", m.ARNs, c.arns)
		check("IdempotencyTokens", m.IdempotencyTokens, c.tokens)
		check("Timestamps", m.Timestamps, c.times)
		for _, a := range c.absent {
			if slices.Contains(m.ARNs, a) || slices.Contains(m.IdempotencyTokens, a) {
				t.Errorf("%s: %s is an identifier and must not be transformed twice: %+v", c.dir, a, m)
			}
		}
	}
}

// Step Functions' model names members in lower camel case (executionArn),
// the SDK in upper (ExecutionArn): snapshots and the member lists use the
// model's names.
func TestCollectModelNames(t *testing.T) {
	m := collect(t, "stepfunctions/2016-11-23")
	byType := map[string][]string{}
	for _, tn := range m.Renamed {
		byType[tn.Type] = tn.Members
	}
	for typ, want := range map[string][]string{
		"StartExecutionOutput":    {"executionArn", "startDate"},
		"types.ExecutionListItem": {"executionArn", "stateMachineArn", "name", "status", "startDate"},
	} {
		if got := byType[typ]; !slices.Equal(got[:min(len(got), len(want))], want) {
			t.Errorf("Renamed[%s] = %q, want it to start with %q", typ, got, want)
		}
	}
	// Operation inputs and outputs live in the service package, not in types.
	if _, ok := byType["types.StartExecutionOutput"]; ok {
		t.Errorf("types.StartExecutionOutput listed: the SDK declares no such type")
	}
	if !slices.IsSortedFunc(m.Renamed, func(a, b transformers.TypeNames) int { return strings.Compare(a.Type, b.Type) }) {
		t.Errorf("Renamed not sorted by type")
	}
	if !slices.Contains(m.Identifiers, "stateMachineArn") || !slices.Contains(m.Timestamps, "startDate") {
		t.Errorf("member lists use Go names: identifiers %q, timestamps %q", m.Identifiers, m.Timestamps)
	}
	// Even SQS has a few: ListDeadLetterSourceQueuesOutput.queueUrls.
	sqs := collect(t, "sqs/2012-11-05")
	i := slices.IndexFunc(sqs.Renamed, func(tn transformers.TypeNames) bool { return tn.Type == "ListDeadLetterSourceQueuesOutput" })
	if i < 0 || !slices.Equal(sqs.Renamed[i].Members, []string{"queueUrls"}) {
		t.Errorf("SQS Renamed = %v, want ListDeadLetterSourceQueuesOutput [queueUrls]", sqs.Renamed)
	}
	if slices.ContainsFunc(sqs.Renamed, func(tn transformers.TypeNames) bool { return tn.Type == "CreateQueueOutput" }) {
		t.Errorf("CreateQueueOutput.QueueUrl is named alike in the model and the SDK, yet listed")
	}
}

func TestEmit(t *testing.T) {
	svc := load(t, "sqs/2012-11-05")
	files, err := transformers.Emit(&emit.Input{Service: svc, Resources: resources.Detect(svc, nil)})
	if err != nil {
		t.Fatal(err)
	}
	f := files[0]
	if f.Path != "sqstest/zz_generated.transformers.go" {
		t.Errorf("Path = %q", f.Path)
	}
	src := strings.Join(strings.Fields(string(f.Content)), " ")
	for _, want := range []string{
		"// Code generated by awsparity. DO NOT EDIT.",
		"func Transformers() []snapshot.Transformer {",
		`snapshot.Identifiers( "QueueName", "QueueUrl", ),`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("output lacks %q:\n%s", want, f.Content)
		}
	}
	// A service with nothing to transform still gets a function to call.
	empty, err := transformers.EmitMembers(svc, transformers.Members{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(empty.Content), "return []snapshot.Transformer{}") {
		t.Errorf("empty member lists:\n%s", empty.Content)
	}
}
