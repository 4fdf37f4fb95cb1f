package resources_test

import (
	"errors"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/models"
)

// defaultModels loads the embedded default models once, with predicted Go
// names (no SDK source needed).
var defaultModels = sync.OnceValues(func() (map[string]*ir.Service, error) {
	svcs, err := load.FS(models.FS, "models")
	if err != nil {
		return nil, err
	}
	bySDKID := map[string]*ir.Service{}
	for _, s := range svcs {
		if err := golang.Predict(s); err != nil {
			return nil, err
		}
		bySDKID[s.SDKID] = s
	}
	return bySDKID, nil
})

func service(t *testing.T, sdkID string) *ir.Service {
	t.Helper()
	svcs, err := defaultModels()
	if err != nil {
		t.Fatalf("loading default models: %v", err)
	}
	svc := svcs[sdkID]
	if svc == nil {
		t.Fatalf("no %s in the default models", sdkID)
	}
	return svc
}

func line(r resources.Resource) string {
	return fmt.Sprintf("%s\t%s\t%s\t%s", r.Name, r.Create, r.Delete, r.Identifier)
}

// TestDetectDefaultModels pins the resources of the list, every
// lifecycle verb pair, and the children that must not count as top level.
func TestDetectDefaultModels(t *testing.T) {
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"SQS":             {"Queue\tCreateQueue\tDeleteQueue\toutput.QueueUrl"},
		"SNS":             {"Topic\tCreateTopic\tDeleteTopic\toutput.TopicArn"},
		"DynamoDB":        {"Table\tCreateTable\tDeleteTable\tinput.TableName"},
		"Kinesis":         {"Stream\tCreateStream\tDeleteStream\tinput.StreamName"},
		"S3":              {"Bucket\tCreateBucket\tDeleteBucket\tinput.Bucket"},
		"Lambda":          {"Function\tCreateFunction\tDeleteFunction\toutput.FunctionName"},
		"IAM":             {"Role\tCreateRole\tDeleteRole\tinput.RoleName", "Policy\tCreatePolicy\tDeletePolicy\toutput.Policy.Arn"},
		"Secrets Manager": {"Secret\tCreateSecret\tDeleteSecret\toutput.ARN"},
		"SSM":             {"Parameter\tPutParameter\tDeleteParameter\tinput.Name"},
		"CloudWatch Logs": {"LogGroup\tCreateLogGroup\tDeleteLogGroup\tinput.logGroupName"},
		// An API destination needs a connection's ARN, but as a reference,
		// not a parent: ListApiDestinations does not require it.
		"EventBridge":    {"EventBus\tCreateEventBus\tDeleteEventBus\tinput.Name", "Rule\tPutRule\tDeleteRule\tinput.Name", "ApiDestination\tCreateApiDestination\tDeleteApiDestination\tinput.Name"},
		"KMS":            {"Key\tCreateKey\tScheduleKeyDeletion\toutput.KeyMetadata.KeyId"},
		"SFN":            {"StateMachine\tCreateStateMachine\tDeleteStateMachine\toutput.stateMachineArn"},
		"ACM":            {"Certificate\tRequestCertificate\tDeleteCertificate\toutput.CertificateArn"},
		"EC2":            {"Instance\tRunInstances\tTerminateInstances\toutput.Instances[0].InstanceId", "Address\tAllocateAddress\tReleaseAddress\toutput.AllocationId", "Image\tRegisterImage\tDeregisterImage\toutput.ImageId", "Vpc\tCreateVpc\tDeleteVpc\toutput.Vpc.VpcId", "SecurityGroup\tCreateSecurityGroup\tDeleteSecurityGroup\toutput.GroupId"},
		"CloudFormation": {"Stack\tCreateStack\tDeleteStack\tinput.StackName", "Type\tRegisterType\tDeregisterType\tinput.TypeName"},
		"Route 53":       {"HostedZone\tCreateHostedZone\tDeleteHostedZone\toutput.HostedZone.Id"},
		// The identifier nested in a structure the caller passes.
		"SES": {"ConfigurationSet\tCreateConfigurationSet\tDeleteConfigurationSet\tinput.ConfigurationSet.Name", "Template\tCreateTemplate\tDeleteTemplate\tinput.Template.TemplateName"},
		// A noun that ends in Name is named by a member spelling the whole noun.
		"API Gateway": {"DomainName\tCreateDomainName\tDeleteDomainName\toutput.domainName"},
	}
	// Children need a parent identifier to be deleted; dependents need
	// other resources' identifiers to be created.
	kinds := map[string]map[string]resources.Kind{
		"SNS":             {"Topic": resources.TopLevel, "Subscription": resources.Dependent},
		"EC2":             {"Vpc": resources.TopLevel, "Subnet": resources.Dependent, "SecurityGroup": resources.TopLevel},
		"IAM":             {"Role": resources.TopLevel, "RolePolicy": resources.Child, "AccessKey": resources.Child},
		"Lambda":          {"Function": resources.Dependent, "Alias": resources.Child, "EventSourceMapping": resources.Dependent},
		"Kinesis":         {"StreamConsumer": resources.Child},
		"Route 53":        {"TrafficPolicyInstance": resources.Dependent, "KeySigningKey": resources.Child},
		"CloudWatch Logs": {"LogGroup": resources.TopLevel, "LogStream": resources.Child},
		"S3":              {"BucketMetricsConfiguration": resources.Child},
		"DynamoDB":        {"Backup": resources.Dependent},
		"EventBridge":     {"Rule": resources.Child},
	}
	for sdkID, wantKinds := range kinds {
		got := map[string]resources.Kind{}
		for _, r := range resources.Detect(service(t, sdkID), ov) {
			got[r.Name] = r.Kind()
		}
		for name, kind := range wantKinds {
			if got[name] != kind {
				t.Errorf("%s %s: kind %q, want %q", sdkID, name, got[name], kind)
			}
		}
	}
	for sdkID, lines := range want {
		svc := service(t, sdkID)
		var got []string
		for _, r := range resources.Detect(svc, ov) {
			got = append(got, line(r))
		}
		for _, l := range lines {
			if !slices.Contains(got, l) {
				t.Errorf("%s: missing %q; detected:\n%s", sdkID, l, strings.Join(got, "\n"))
			}
		}
	}
}

// TestRecipesMakeFixturesReady checks the recipe list: with the
// unique names, the recipe where the model cannot tell, and synthesized
// values, no required member is left to the caller.
func TestRecipesMakeFixturesReady(t *testing.T) {
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sdkID, name string }{
		{"DynamoDB", "Table"}, {"Lambda", "Function"}, {"IAM", "Role"}, {"Kinesis", "Stream"}, {"S3", "Bucket"},
		{"SNS", "Topic"}, {"SQS", "Queue"}, {"Secrets Manager", "Secret"}, {"SSM", "Parameter"},
		{"CloudWatch Logs", "LogGroup"}, {"EventBridge", "EventBus"}, {"EventBridge", "Rule"}, {"KMS", "Key"}, {"SFN", "StateMachine"},
	} {
		svc := service(t, c.sdkID)
		detected, err := resources.Find(svc, ov)
		if err != nil {
			t.Errorf("%s: %v", c.sdkID, err)
		}
		var found *resources.Resource
		for i := range detected {
			if detected[i].Name == c.name {
				found = &detected[i]
			}
		}
		if found == nil {
			t.Errorf("%s %s not detected", c.sdkID, c.name)
			continue
		}
		for _, m := range found.Unset(svc) {
			t.Errorf("%s %s: required member %s has neither a recipe nor a synthesized value", c.sdkID, c.name, m.Name)
		}
	}
}

func TestDetectFillsFixtureDetails(t *testing.T) {
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	specs := func(resourceType string) resources.Tags {
		return resources.Tags{Member: "TagSpecifications", Style: resources.TagSpecs, Key: "Key", Value: "Value",
			TypeMember: "ResourceType", TagsMember: "Tags", ResourceType: resourceType}
	}
	cases := []struct {
		sdkID, name string
		names       []string
		tags        resources.Tags
		waiter      string
		preDelete   string
	}{
		{"SQS", "Queue", []string{"QueueName"}, resources.Tags{Member: "tags", Style: resources.TagMap}, "", ""},
		{"DynamoDB", "Table", []string{"TableName"}, resources.Tags{Member: "Tags", Style: resources.TagList, Key: "Key", Value: "Value"}, "TableExists", ""},
		{"Kinesis", "Stream", []string{"StreamName"}, resources.Tags{Member: "Tags", Style: resources.TagMap}, "StreamExists", ""},
		{"S3", "Bucket", []string{"Bucket"}, resources.Tags{Within: "CreateBucketConfiguration", Member: "Tags", Style: resources.TagList, Key: "Key", Value: "Value"}, "BucketExists", "EmptyBucket"},
		{"IAM", "Role", []string{"RoleName"}, resources.Tags{Member: "Tags", Style: resources.TagList, Key: "Key", Value: "Value"}, "RoleExists", "DetachRole"},
		{"KMS", "Key", nil, resources.Tags{Member: "Tags", Style: resources.TagList, Key: "TagKey", Value: "TagValue"}, "", ""},
		{"EC2", "SecurityGroup", []string{"GroupName"}, specs("security-group"), "SecurityGroupExists", ""},
		{"EC2", "Instance", nil, specs("instance"), "InstanceRunning", ""},
		{"EC2", "Vpc", nil, specs("vpc"), "VpcAvailable", ""},
		{"EC2", "NatGateway", nil, specs("natgateway"), "NatGatewayAvailable", ""},
		// The override file names the resource type that does not spell Address.
		{"EC2", "Address", nil, specs("elastic-ip"), "", ""},
		// Tags under another name: TagList.
		{"OpenSearch", "Domain", []string{"DomainName"}, resources.Tags{Member: "TagList", Style: resources.TagList, Key: "Key", Value: "Value"}, "", ""},
		{"Redshift", "Integration", []string{"IntegrationName"}, resources.Tags{Member: "TagList", Style: resources.TagList, Key: "Key", Value: "Value"}, "", ""},
	}
	for _, c := range cases {
		svc := service(t, c.sdkID)
		r := find(resources.Detect(svc, ov), c.name)
		if r == nil {
			t.Errorf("%s: %s not detected", c.sdkID, c.name)
			continue
		}
		if !slices.Equal(r.NameMembers, c.names) {
			t.Errorf("%s %s: name members %q, want %q", c.sdkID, c.name, r.NameMembers, c.names)
		}
		var tags resources.Tags
		if r.Tags != nil {
			tags = *r.Tags
		}
		if tags != c.tags {
			t.Errorf("%s %s: tags %+v, want %+v", c.sdkID, c.name, tags, c.tags)
		}
		waiter := ""
		if r.Waiter != nil {
			waiter = r.Waiter.Name
		}
		if waiter != c.waiter {
			t.Errorf("%s %s: waiter %q, want %q", c.sdkID, c.name, waiter, c.waiter)
		}
		if r.PreDelete != c.preDelete {
			t.Errorf("%s %s: pre-delete %q, want %q", c.sdkID, c.name, r.PreDelete, c.preDelete)
		}
	}
}

func find(detected []resources.Resource, name string) *resources.Resource {
	for i := range detected {
		if detected[i].Name == name {
			return &detected[i]
		}
	}
	return nil
}

// TestTagSpecificationsWithoutResourceType leaves a resource whose name
// the resource types do not spell untagged, and says so.
func TestTagSpecificationsWithoutResourceType(t *testing.T) {
	r := find(resources.Detect(service(t, "EC2"), nil), "Address")
	if r == nil {
		t.Fatal("EC2 Address not detected")
	}
	want := "TagSpecifications has no ResourceType for Address, so the resource gets no run tag."
	if r.Tags != nil || r.Untagged != want {
		t.Errorf("tags %+v, untagged %q; want none and %q", r.Tags, r.Untagged, want)
	}
}

// TestRequireJoinsUnset: a member the override file requires is one the
// caller must set, though the model leaves it optional.
func TestRequireJoinsUnset(t *testing.T) {
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	svc := service(t, "EC2")
	r := find(resources.Detect(svc, ov), "Instance")
	if r == nil {
		t.Fatal("EC2 Instance not detected")
	}
	var unset []string
	for _, m := range r.Unset(svc) {
		unset = append(unset, m.Name)
	}
	if !slices.Equal(unset, []string{"ImageId"}) {
		t.Errorf("Unset = %q, want [ImageId] (MinCount and MaxCount are synthesized)", unset)
	}
}

// TestDetectListIdentifiers follows an identifier through the first
// element of an output list into a delete member that takes a list, names
// the resource in the singular, and ignores lists that hold something else
// (a batch call's unprocessed entries).
func TestDetectListIdentifiers(t *testing.T) {
	str := &ir.Shape{ID: "String", Name: "String", Kind: ir.KindString}
	strs := &ir.Shape{ID: "Strings", Name: "Strings", Kind: ir.KindList, Member: &ir.Member{Name: "member", Target: str}}
	structure := func(name string, members ...*ir.Member) *ir.Shape {
		return &ir.Shape{ID: name, Name: name, Kind: ir.KindStructure, Members: members}
	}
	listOf := func(el *ir.Shape) *ir.Shape {
		return &ir.Shape{ID: el.Name + "List", Name: el.Name + "List", Kind: ir.KindList, Member: &ir.Member{Name: "member", Target: el}}
	}
	gadget := structure("Gadget", &ir.Member{Name: "GadgetId", Target: str})
	failed := structure("Failure", &ir.Member{Name: "AccountId", Target: str})
	svc := &ir.Service{
		SDKID: "Widgets",
		Operations: []*ir.Operation{
			{Name: "RunGadgets", Input: structure("RunGadgetsInput"), Output: structure("RunGadgetsOutput",
				&ir.Member{Name: "Gadgets", Target: listOf(gadget)})},
			{Name: "TerminateGadgets", Input: structure("TerminateGadgetsInput", &ir.Member{Name: "GadgetIds", Target: strs, Required: true})},
			{Name: "CreateMembers", Input: structure("CreateMembersInput"), Output: structure("CreateMembersOutput",
				&ir.Member{Name: "UnprocessedAccounts", Target: listOf(failed)})},
			{Name: "DeleteMembers", Input: structure("DeleteMembersInput", &ir.Member{Name: "AccountIds", Target: strs, Required: true})},
		},
	}
	svc.Index()
	var got []string
	for _, r := range resources.Detect(svc, nil) {
		got = append(got, line(r)+"\t"+r.DeleteMember)
	}
	want := []string{"Gadget\tRunGadgets\tTerminateGadgets\toutput.Gadgets[0].GadgetId\tGadgetIds"}
	if !slices.Equal(got, want) {
		t.Errorf("Detect =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParsePath(t *testing.T) {
	for in, ok := range map[string]bool{
		"input.Name": true, "output.A.B": true, "output.Instances[0].InstanceId": true,
		"Name": false, "output.": false, "output.Instances[1].InstanceId": false, "output.[0].Id": false, "result.Name": false,
	} {
		p, got := resources.ParsePath(in)
		if got != ok || (ok && p.String() != in) {
			t.Errorf("ParsePath(%q) = %v, %v; want ok=%v and the same text back", in, p, got, ok)
		}
	}
}

func TestForOperation(t *testing.T) {
	svc := service(t, "DynamoDB")
	detected := resources.Detect(svc, nil)
	for op, want := range map[string]string{
		"DescribeTable": "Table", "PutItem": "Table", "UpdateTimeToLive": "Table", "DeleteTable": "Table", "ListTables": "",
	} {
		got := ""
		if r := resources.ForOperation(svc, detected, op); r != nil {
			got = r.Name
		}
		if got != want {
			t.Errorf("ForOperation(%s) = %q, want %q", op, got, want)
		}
	}
}

// TestDetectSmithyResources uses a resource shape's lifecycle instead of
// operation names, and ignores resources with a parent.
func TestDetectSmithyResources(t *testing.T) {
	str := &ir.Shape{ID: "String", Name: "String", Kind: ir.KindString}
	in := func(name string, members ...*ir.Member) *ir.Shape {
		return &ir.Shape{ID: name, Name: name, Kind: ir.KindStructure, Members: members}
	}
	idMember := func(name string) *ir.Member { return &ir.Member{Name: name, Target: str, Required: true} }
	svc := &ir.Service{
		SDKID: "Widgets",
		Operations: []*ir.Operation{
			{Name: "MakeWidget", Input: in("MakeWidgetInput", &ir.Member{Name: "Label", Target: str}), Output: in("MakeWidgetOutput", &ir.Member{Name: "WidgetId", Target: str})},
			{Name: "ScrapWidget", Input: in("ScrapWidgetInput", idMember("WidgetId"))},
			{Name: "MakePart", Input: in("MakePartInput", idMember("WidgetId")), Output: in("MakePartOutput", &ir.Member{Name: "PartId", Target: str})},
			{Name: "ScrapPart", Input: in("ScrapPartInput", idMember("WidgetId"), idMember("PartId"))},
		},
		Resources: []*ir.Resource{
			{ID: "w#Widget", Name: "Widget", Identifiers: []ir.Identifier{{Name: "WidgetId", Target: "String"}}, Put: "MakeWidget", Delete: "ScrapWidget"},
			{ID: "w#PartResource", Name: "PartResource", Identifiers: []ir.Identifier{{Name: "PartId", Target: "String"}, {Name: "WidgetId", Target: "String"}}, Create: "MakePart", Delete: "ScrapPart", Parent: "w#Widget"},
		},
	}
	svc.Index()
	got := resources.Detect(svc, nil)
	var lines []string
	for _, r := range got {
		lines = append(lines, line(r)+"\t"+string(r.Kind()))
	}
	want := []string{"Part\tMakePart\tScrapPart\toutput.PartId\tchild", "Widget\tMakeWidget\tScrapWidget\toutput.WidgetId\ttop-level"}
	if diff := cmp.Diff(want, lines); diff != "" || got[0].Source != resources.FromSmithy {
		t.Fatalf("Detect (-want +got):\n%s", diff)
	}
	if p := got[0].Parents(); len(p) != 1 || p[0].Member != "WidgetId" || p[0].DeleteMember != "WidgetId" || p[0].Resource != "Widget" {
		t.Errorf("Part's parents = %+v, want Widget by WidgetId", p)
	}
}

func TestOverridesAddRenameExclude(t *testing.T) {
	svc := service(t, "SQS")
	ov, err := resources.Parse("fixtures.json", []byte(`{"services": {"SQS": {
		"Queue": {"rename": "MessageQueue"},
		"Permission": {"create": "AddPermission", "delete": "RemovePermission", "identifier": "input.Label", "names": ["Label"]}
	}}}`))
	if err != nil {
		t.Fatal(err)
	}
	detected, err := resources.Find(svc, ov)
	if err != nil {
		t.Fatalf("Find: %v", err)
	}
	var got []string
	for _, r := range detected {
		got = append(got, line(r)+"\t"+string(r.Source))
	}
	want := []string{
		"MessageQueue\tCreateQueue\tDeleteQueue\toutput.QueueUrl\theuristic",
		"Permission\tAddPermission\tRemovePermission\tinput.Label\toverride",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Detect =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	ex, err := resources.Parse("fixtures.json", []byte(`{"services": {"SQS": {"Queue": {"exclude": true}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := resources.Detect(svc, ex); len(got) != 0 {
		t.Errorf("excluded Queue still detected: %+v", got)
	}
}

func TestOverrideErrorsNameFileAndPlace(t *testing.T) {
	svc := service(t, "SQS")
	for _, c := range []struct {
		json, want string
	}{
		{`{"services": {"SQS": {"Queue": {"recipes": {}}}}}`, `fixtures.json: json: unknown field "recipes"`},
		{`{"services": {"SQS": {"Queue": {"preDelete": "nope.Step"}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDelete: unknown step "nope.Step"`},
		{`{"services": {"SQS": {"Queue": {"preDelete": "EmptyBucket"}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDelete: step "EmptyBucket" is for S3 resources, not SQS`},
		{`{"services": {"SQS": {"Queue": {"identifier": "QueueUrl"}}}}`, `fixtures.json: $.services["SQS"]["Queue"].identifier: "QueueUrl" is not input.<Member>`},
		{`{"services": {"SQS": {"Pipe": {"exclude": true}}}}`, `fixtures.json: $.services["SQS"]["Pipe"]: SQS has no resource "Pipe"`},
		{`{"services": {"SQS": {"Queue": {"names": ["Nope"]}}}}`, `fixtures.json: $.services["SQS"]["Queue"].names[0]: CreateQueue has no string member "Nope"`},
		{`{"services": {"SQS": {"Pipe": {"create": "CreatePipe", "delete": "DeleteQueue", "identifier": "input.QueueName"}}}}`, `fixtures.json: $.services["SQS"]["Pipe"].create: SQS has no operation "CreatePipe"`},
		{`{"services": {"SQS": {"Queue": {"require": ["Nope"]}}}}`, `fixtures.json: $.services["SQS"]["Queue"].require[0]: CreateQueue has no member "Nope" (members: QueueName, Attributes, tags)`},
		{`{"services": {"SQS": {"Queue": {"tagResourceType": "queue"}}}}`, `fixtures.json: $.services["SQS"]["Queue"].tagResourceType: CreateQueue takes no tag specifications with a resource type "queue"`},
		{`{"services": {"SQS": {"Queue": {"identifier": "output.QueueUrl[0].X"}}}}`, `fixtures.json: $.services["SQS"]["Queue"].identifier: output.QueueUrl[0].X is not a string member of CreateQueue`},
		{`{"services": {"SQS": {"Queue": {"preDeleteCall": {"operation": "DisableQueue"}}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDeleteCall.operation: SQS has no operation "DisableQueue"`},
		{`{"services": {"SQS": {"Queue": {"preDeleteCall": {"operation": "PurgeQueue", "idMember": "QueueName"}}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDeleteCall.idMember: PurgeQueue has no string or string list member "QueueName"`},
		{`{"services": {"SQS": {"Queue": {"preDeleteCall": {"operation": "PurgeQueue", "until": {"operation": "GetQueueUrl", "path": "input.QueueName"}}}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDeleteCall.until.path: "input.QueueName" is not output.<Member>`},
		{`{"services": {"SQS": {"Queue": {"preDeleteCall": {"operation": "PurgeQueue", "until": {"operation": "GetQueueAttributes", "path": "output.Attributes"}}}}}}`, `fixtures.json: $.services["SQS"]["Queue"].preDeleteCall.until.path: output.Attributes is not a string or enum member of GetQueueAttributes`},
	} {
		ov, err := resources.Parse("fixtures.json", []byte(c.json))
		if err == nil {
			_, err = resources.Find(svc, ov)
		}
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s:\n got %v\nwant prefix %s", c.json, err, c.want)
		}
		var irErr *ir.Error
		if strings.Contains(c.want, "$") && !errors.As(err, &irErr) {
			t.Errorf("%s: error %T is not an *ir.Error", c.json, err)
		}
	}
}

// TestDetectSubscribeUnsubscribe pairs the bare verbs Subscribe and
// Unsubscribe into a Subscription, top level when Subscribe needs no
// other resource's identifier.
func TestDetectSubscribeUnsubscribe(t *testing.T) {
	str := &ir.Shape{ID: "String", Name: "String", Kind: ir.KindString}
	structure := func(name string, members ...*ir.Member) *ir.Shape {
		return &ir.Shape{ID: name, Name: name, Kind: ir.KindStructure, Members: members}
	}
	svc := &ir.Service{
		SDKID: "Alerts",
		Operations: []*ir.Operation{
			{Name: "Subscribe", Input: structure("SubscribeInput", &ir.Member{Name: "Endpoint", Target: str, Required: true}),
				Output: structure("SubscribeOutput", &ir.Member{Name: "SubscriptionArn", Target: str})},
			{Name: "Unsubscribe", Input: structure("UnsubscribeInput", &ir.Member{Name: "SubscriptionArn", Target: str, Required: true})},
		},
	}
	svc.Index()
	var got []string
	for _, r := range resources.Detect(svc, nil) {
		got = append(got, line(r))
	}
	want := []string{"Subscription\tSubscribe\tUnsubscribe\toutput.SubscriptionArn"}
	if !slices.Equal(got, want) {
		t.Errorf("Detect = %q, want %q", got, want)
	}
}

// TestOneResourcePerPairAllModels: over the 402 shared Smithy models, where
// a resource shape and the create/delete heuristics find the same pair (83
// pairs did, each emitted twice), there is one resource, named as a noun
// (RunGroup, not RunGroupResource).
func TestOneResourcePerPairAllModels(t *testing.T) {
	svcs := allModels(t)
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, svc := range svcs {
		found, err := resources.Find(svc, ov)
		if err != nil {
			t.Fatal(err)
		}
		pairs := map[[2]string]string{}
		for _, r := range found {
			pair := [2]string{r.Create, r.Delete}
			if other, dup := pairs[pair]; dup {
				t.Errorf("%s: %s and %s are both %s/%s", svc.SDKID, other, r.Name, r.Create, r.Delete)
			}
			pairs[pair] = r.Name
			if strings.HasSuffix(r.Name, "Resource") && r.Name != "Resource" {
				t.Errorf("%s: resource %s is not named as a noun", svc.SDKID, r.Name)
			}
		}
		total += len(found)
	}
	if total < 800 {
		t.Errorf("%d resources over %d services; want the 855 found when this test was written", total, len(svcs))
	}
}

// TestReferencesByARN: a member named for an ARN gets the referenced
// resource's ARN when its fixture has one apart from its identifier
// (SageMaker identifies a cluster by name; ClusterArn wants the ARN), and a
// …Name member whose shape also takes an ARN keeps the name (DynamoDB's
// CreateBackup TableName).
func TestReferencesByARN(t *testing.T) {
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]bool{
		"SageMaker": {"ClusterSchedulerConfig.ClusterArn": true},
		"DynamoDB":  {"Backup.TableName": false},
	}
	seen := 0
	for _, svc := range allModels(t) {
		refs, ok := want[svc.SDKID]
		if !ok {
			continue
		}
		found, err := resources.Find(svc, ov)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range found {
			for _, ref := range r.Refs {
				if arn, ok := refs[r.Name+"."+ref.Member]; ok {
					seen++
					if ref.ARN != arn {
						t.Errorf("%s %s.%s: ARN = %v, want %v", svc.SDKID, r.Name, ref.Member, ref.ARN, arn)
					}
				}
			}
		}
	}
	if seen != 2 {
		t.Errorf("checked %d references, want 2", seen)
	}
}
