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
		dir                                        string
		ids, arns, tokens, times, volatile, absent []string
	}{
		// The queue's identifier (output.QueueUrl, DeleteQueue's QueueUrl) and the unique name.
		{dir: "sqs/2012-11-05", ids: []string{"QueueName", "QueueUrl"}, arns: []string{"SourceArn"},
			volatile: []string{"ReceiptHandle", "SequenceNumber"}},
		// Records' sequence numbers and the iterators of a shard.
		{dir: "kinesis/2013-12-02", volatile: []string{"SequenceNumber", "ShardIterator", "NextShardIterator", "StartingSequenceNumber"}},
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
		check("Volatile", m.Volatile, c.volatile)
		for _, a := range c.absent {
			if slices.Contains(m.ARNs, a) || slices.Contains(m.IdempotencyTokens, a) {
				t.Errorf("%s: %s is an identifier and must not be transformed twice: %+v", c.dir, a, m)
			}
		}
	}
}

// TestCollectModelNames checks, for every member of every type a snapshot
// can meet, that the casing rule and its exceptions give the model's name
// as runtime/snapshot.MemberNames applies them (its lookup), and that they
// are few: Step Functions' model names members in lower camel case
// (executionArn), the SDK in upper (ExecutionArn).
func TestCollectModelNames(t *testing.T) {
	for _, c := range []struct {
		dir        string
		lowerCamel bool
		maxExcept  int // member names listed, at most
	}{
		{"stepfunctions/2016-11-23", true, 10},
		{"sqs/2012-11-05", false, 10},
		{"logs/2014-03-28", true, 60},
		{"dynamodb/2012-08-10", false, 40},
		{"ec2/2016-11-15", false, 60},
	} {
		svc := load(t, c.dir)
		n := collect(t, c.dir).Names
		if n.LowerCamel != c.lowerCamel {
			t.Errorf("%s: LowerCamel = %v, want %v", c.dir, n.LowerCamel, c.lowerCamel)
		}
		except := map[string]map[string]string{}
		listed := 0
		for _, tn := range n.Except {
			except[tn.Type] = map[string]string{}
			for _, model := range tn.Members {
				except[tn.Type][golang.ExportName(model)] = model
			}
			listed += len(tn.Members)
		}
		if listed > c.maxExcept {
			t.Errorf("%s: %d exceptions, want at most %d: %v", c.dir, listed, c.maxExcept, n.Except)
		}
		// lookup is runtime/snapshot's memberNames.lookup.
		lookup := func(typ, goName string) string {
			if m, ok := except[typ][goName]; ok {
				return m
			}
			if m, ok := except["*"][goName]; ok {
				return m
			}
			if n.LowerCamel {
				return strings.ToLower(goName[:1]) + goName[1:]
			}
			return goName
		}
		check := func(typ string, sh *ir.Shape) {
			for _, m := range sh.Members {
				goName := strings.TrimSuffix(m.Go.FieldName, "_")
				if m.Go.Skip || sh.Kind == ir.KindUnion || goName != golang.ExportName(m.Name) {
					continue
				}
				if got := lookup(typ, goName); got != m.Name {
					t.Errorf("%s: %s.%s keyed %q, model says %q", c.dir, typ, goName, got, m.Name)
				}
			}
		}
		io := map[*ir.Shape]bool{}
		for _, op := range emit.Operations(svc) {
			if op.Input != nil {
				check(op.Go.InputType, op.Input)
				io[op.Input] = true
			}
			if op.Output != nil {
				check(op.Go.OutputType, op.Output)
				io[op.Output] = true
			}
		}
		for _, sh := range svc.Shapes {
			if sh.Kind == ir.KindStructure && !io[sh] {
				check("types."+sh.Go.TypeName, sh)
			}
		}
	}
	m := collect(t, "stepfunctions/2016-11-23")
	if !slices.Contains(m.Identifiers, "stateMachineArn") || !slices.Contains(m.Timestamps, "startDate") {
		t.Errorf("member lists use Go names: identifiers %q, timestamps %q", m.Identifiers, m.Timestamps)
	}
}

// Every member the model marks sensitive is listed, by the type the SDK
// declares it in: secret values, SSM parameter values, Lambda environments.
func TestCollectSensitive(t *testing.T) {
	for dir, want := range map[string]map[string]string{
		"secretsmanager/2017-10-17": {"GetSecretValueOutput": "SecretString", "CreateSecretInput": "SecretBinary"},
		"ssm/2014-11-06":            {"types.Parameter": "Value", "PutParameterInput": "Value"},
		"lambda/2015-03-31":         {"types.EnvironmentResponse": "Variables", "types.Environment": "Variables"},
	} {
		byType := map[string][]string{}
		for _, tn := range collect(t, dir).Sensitive {
			byType[tn.Type] = tn.Members
		}
		for typ, member := range want {
			if !slices.Contains(byType[typ], member) {
				t.Errorf("%s: Sensitive[%s] = %q, lacks %s", dir, typ, byType[typ], member)
			}
		}
	}
	if s := collect(t, "sqs/2012-11-05").Sensitive; len(s) != 0 {
		t.Errorf("SQS has no sensitive members, got %v", s)
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
		`snapshot.ARNs( "DestinationArn", "SourceArn", ),`,
		`snapshot.Protocol("awsJson1_0"),`,
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
	if got := strings.Join(strings.Fields(string(empty.Content)), " "); !strings.Contains(got,
		`return []snapshot.Transformer{ // The wire protocol, which decides how an error is recorded. snapshot.Protocol("awsJson1_0"), }`) {
		t.Errorf("empty member lists:\n%s", empty.Content)
	}
}
