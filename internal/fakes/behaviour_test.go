package fakes_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	logstypes "github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	iamtypes "github.com/aws/aws-sdk-go-v2/service/iam/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/gen/snstest"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/stub"
)

var cfg = aws.Config{Region: "eu-west-2"}

func sqsClient(srv sqstest.Server) *sqs.Client {
	return sqs.NewFromConfig(cfg, sqstest.WithServer(srv))
}

func code(err error) string {
	var api smithy.APIError
	if errors.As(err, &api) {
		return api.ErrorCode()
	}
	return ""
}

// countingFake is how a user refines a generated fake: embed *Fake and
// define the operations to change.
type countingFake struct {
	*sqstest.Fake
	creates int
}

func (f *countingFake) CreateQueue(ctx context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	f.creates++
	return f.Fake.CreateQueue(ctx, in)
}

func (f *countingFake) SendMessage(context.Context, *sqs.SendMessageInput) (*sqs.SendMessageOutput, error) {
	return &sqs.SendMessageOutput{MessageId: aws.String("m-1")}, nil
}

func TestOverrideWinsAndTheRestIsNotImplemented(t *testing.T) {
	f := &countingFake{Fake: sqstest.NewFake()}
	c := sqsClient(f)
	ctx := t.Context()
	out, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("q1")})
	if err != nil {
		t.Fatal(err)
	}
	if f.creates != 1 {
		t.Errorf("the overriding CreateQueue ran %d times, want 1", f.creates)
	}
	if want := "https://sqs.eu-west-2.amazonaws.com/000000000000/q1"; aws.ToString(out.QueueUrl) != want {
		t.Errorf("QueueUrl = %q, want %q", aws.ToString(out.QueueUrl), want)
	}
	// The generated GetQueueUrl sees what the override stored through the embedded fake.
	got, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("q1")})
	if err != nil || aws.ToString(got.QueueUrl) != aws.ToString(out.QueueUrl) {
		t.Fatalf("GetQueueUrl = %v, %v", got, err)
	}
	if m, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: out.QueueUrl, MessageBody: aws.String("x")}); err != nil || aws.ToString(m.MessageId) != "m-1" {
		t.Fatalf("overridden SendMessage = %v, %v", m, err)
	}
	_, err = c.PurgeQueue(ctx, &sqs.PurgeQueueInput{QueueUrl: out.QueueUrl})
	var ni *stub.NotImplementedError
	if !errors.As(err, &ni) || ni.Operation != "PurgeQueue" {
		t.Fatalf("PurgeQueue = %v, want NotImplemented", err)
	}
}

func TestNotFoundIsTheModelledError(t *testing.T) {
	c := sqsClient(sqstest.NewFake())
	ctx := t.Context()
	out, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("gone")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: out.QueueUrl}); err != nil {
		t.Fatal(err)
	}
	var dne *sqstypes.QueueDoesNotExist
	_, err = c.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: out.QueueUrl})
	if !errors.As(err, &dne) {
		t.Fatalf("GetQueueAttributes after delete = %v, want *types.QueueDoesNotExist", err)
	}
	if _, err := c.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: out.QueueUrl}); !errors.As(err, &dne) {
		t.Fatalf("second DeleteQueue = %v, want *types.QueueDoesNotExist", err)
	}

	// EC2 models no errors: its own code is used.
	e := ec2.NewFromConfig(cfg, ec2test.WithServer(ec2test.NewFake()))
	vpc, err := e.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String("10.0.0.0/16")})
	if err != nil {
		t.Fatal(err)
	}
	id := aws.ToString(vpc.Vpc.VpcId)
	if !strings.HasPrefix(id, "vpc-") {
		t.Errorf("VpcId = %q, want vpc-…", id)
	}
	if _, err := e.DeleteVpc(ctx, &ec2.DeleteVpcInput{VpcId: &id}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.DescribeVpcs(ctx, &ec2.DescribeVpcsInput{VpcIds: []string{id}}); code(err) != "InvalidVpcID.NotFound" {
		t.Fatalf("DescribeVpcs after delete = %v, want InvalidVpcID.NotFound", err)
	}
}

func TestCreateValidatesAsTheModelSays(t *testing.T) {
	c := dynamodb.NewFromConfig(cfg, dynamodbtest.WithServer(dynamodbtest.NewFake()))
	in := func(name string, mode dbtypes.BillingMode) *dynamodb.CreateTableInput {
		return &dynamodb.CreateTableInput{
			TableName:            aws.String(name),
			BillingMode:          mode,
			AttributeDefinitions: []dbtypes.AttributeDefinition{{AttributeName: aws.String("pk"), AttributeType: dbtypes.ScalarAttributeTypeS}},
			KeySchema:            []dbtypes.KeySchemaElement{{AttributeName: aws.String("pk"), KeyType: dbtypes.KeyTypeHash}},
		}
	}
	for _, c2 := range []struct {
		in   *dynamodb.CreateTableInput
		want string
	}{
		{in(strings.Repeat("t", 1025), ""), "at 'TableName' failed to satisfy constraint: Member must have length less than or equal to 1024"},
		{in("t", "SOMETIMES"), "Value 'SOMETIMES' at 'BillingMode' failed to satisfy constraint: Member must satisfy enum value set"},
	} {
		_, err := c.CreateTable(t.Context(), c2.in)
		var api smithy.APIError
		if !errors.As(err, &api) || api.ErrorCode() != "ValidationException" || !strings.Contains(api.ErrorMessage(), c2.want) {
			t.Errorf("CreateTable = %v, want ValidationException containing %q", err, c2.want)
		}
	}
	if out, err := c.ListTables(t.Context(), &dynamodb.ListTablesInput{}); err != nil || len(out.TableNames) != 0 {
		t.Fatalf("rejected creates stored tables: %v, %v", out, err)
	}

	// A valid create: outputs filled as the model describes.
	out, err := c.CreateTable(t.Context(), in("orders", dbtypes.BillingModePayPerRequest))
	if err != nil {
		t.Fatal(err)
	}
	d := out.TableDescription
	if d == nil || aws.ToString(d.TableName) != "orders" || d.TableStatus != dbtypes.TableStatusActive ||
		aws.ToString(d.TableArn) != "arn:aws:dynamodb:eu-west-2:000000000000:table/orders" ||
		d.CreationDateTime == nil || len(d.KeySchema) != 1 {
		t.Fatalf("TableDescription = %+v", d)
	}
	if _, err := c.CreateTable(t.Context(), in("orders", "")); !errors.As(err, new(*dbtypes.ResourceInUseException)) {
		t.Fatalf("second CreateTable of one name = %v, want *types.ResourceInUseException", err)
	}
	desc, err := c.DescribeTable(t.Context(), &dynamodb.DescribeTableInput{TableName: aws.String("orders")})
	if err != nil || desc.Table.TableStatus != dbtypes.TableStatusActive || aws.ToString(desc.Table.TableArn) != aws.ToString(d.TableArn) {
		t.Fatalf("DescribeTable = %+v, %v", desc, err)
	}
}

func TestListPagesAndTags(t *testing.T) {
	c := sqsClient(sqstest.NewFake())
	ctx := t.Context()
	var want []string
	for i := range 5 {
		out, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(fmt.Sprintf("p%d", i))})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, aws.ToString(out.QueueUrl))
	}
	var got []string
	pages := 0
	p := sqs.NewListQueuesPaginator(c, &sqs.ListQueuesInput{MaxResults: aws.Int32(2)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		got = append(got, page.QueueUrls...)
	}
	if pages != 3 || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("ListQueues: %d pages %v, want 3 pages %v", pages, got, want)
	}

	q := aws.String(want[0])
	if _, err := c.TagQueue(ctx, &sqs.TagQueueInput{QueueUrl: q, Tags: map[string]string{"a": "1", "b": "2"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.UntagQueue(ctx, &sqs.UntagQueueInput{QueueUrl: q, TagKeys: []string{"a"}}); err != nil {
		t.Fatal(err)
	}
	tags, err := c.ListQueueTags(ctx, &sqs.ListQueueTagsInput{QueueUrl: q})
	if err != nil || len(tags.Tags) != 1 || tags.Tags["b"] != "2" {
		t.Fatalf("ListQueueTags = %v, %v", tags, err)
	}
}

func TestEachFakeHasItsOwnState(t *testing.T) {
	a, b := sqsClient(sqstest.NewFake()), sqsClient(sqstest.NewFake())
	if _, err := a.CreateQueue(t.Context(), &sqs.CreateQueueInput{QueueName: aws.String("mine")}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{QueueName: aws.String("mine")}); !errors.As(err, new(*sqstypes.QueueDoesNotExist)) {
		t.Fatalf("another fake's GetQueueUrl = %v, want QueueDoesNotExist", err)
	}
}

func TestARNsUseTheClientRegion(t *testing.T) {
	c := sns.NewFromConfig(aws.Config{Region: "ap-south-1"}, snstest.WithServer(snstest.NewFake()))
	out, err := c.CreateTopic(t.Context(), &sns.CreateTopicInput{Name: aws.String("news")})
	if err != nil {
		t.Fatal(err)
	}
	if want := "arn:aws:sns:ap-south-1:000000000000:news"; aws.ToString(out.TopicArn) != want {
		t.Fatalf("TopicArn = %q, want %q", aws.ToString(out.TopicArn), want)
	}
}

// TestNewClientWithoutFakeUsesTheGeneratedOne: in-process, NewClient(t,
// nil) binds NewFake, so fixtures work with no code of the user's.
func TestNewClientWithoutFakeUsesTheGeneratedOne(t *testing.T) {
	t.Setenv("TEST_TARGET", "IN_PROCESS")
	c := sqstest.NewClient(t, nil)
	q := sqstest.CreateQueue(t, c)
	if _, err := c.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(q.ID)}); err != nil {
		t.Fatal(err)
	}
}

// TestChildren: a child needs its parent; a parent whose delete models a
// conflict error refuses while children live (IAM), one whose delete
// models none takes them along (CloudWatch Logs).
func TestChildren(t *testing.T) {
	ctx := t.Context()
	i := iam.NewFromConfig(cfg, iamtest.WithServer(iamtest.NewFake()))
	policy := aws.String(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`)
	put := &iam.PutGroupPolicyInput{GroupName: aws.String("devs"), PolicyName: aws.String("read"), PolicyDocument: policy}
	if _, err := i.PutGroupPolicy(ctx, put); !errors.As(err, new(*iamtypes.NoSuchEntityException)) {
		t.Fatalf("PutGroupPolicy without the group = %v, want NoSuchEntity", err)
	}
	if _, err := i.CreateGroup(ctx, &iam.CreateGroupInput{GroupName: aws.String("devs")}); err != nil {
		t.Fatal(err)
	}
	if _, err := i.PutGroupPolicy(ctx, put); err != nil {
		t.Fatal(err)
	}
	if _, err := i.DeleteGroup(ctx, &iam.DeleteGroupInput{GroupName: aws.String("devs")}); !errors.As(err, new(*iamtypes.DeleteConflictException)) {
		t.Fatalf("DeleteGroup with a policy = %v, want DeleteConflict", err)
	}
	if _, err := i.DeleteGroupPolicy(ctx, &iam.DeleteGroupPolicyInput{GroupName: aws.String("devs"), PolicyName: aws.String("read")}); err != nil {
		t.Fatal(err)
	}
	if _, err := i.DeleteGroup(ctx, &iam.DeleteGroupInput{GroupName: aws.String("devs")}); err != nil {
		t.Fatal(err)
	}

	l := cloudwatchlogs.NewFromConfig(cfg, cloudwatchlogstest.WithServer(cloudwatchlogstest.NewFake()))
	if _, err := l.CreateLogGroup(ctx, &cloudwatchlogs.CreateLogGroupInput{LogGroupName: aws.String("app")}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.CreateLogStream(ctx, &cloudwatchlogs.CreateLogStreamInput{LogGroupName: aws.String("app"), LogStreamName: aws.String("s1")}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.DeleteLogGroup(ctx, &cloudwatchlogs.DeleteLogGroupInput{LogGroupName: aws.String("app")}); err != nil {
		t.Fatal(err)
	}
	_, err := l.DeleteLogStream(ctx, &cloudwatchlogs.DeleteLogStreamInput{LogGroupName: aws.String("app"), LogStreamName: aws.String("s1")})
	if !errors.As(err, new(*logstypes.ResourceNotFoundException)) {
		t.Fatalf("DeleteLogStream after its group's delete = %v, want ResourceNotFoundException", err)
	}
}

// TestMarkerPaging: IAM's ListUsers pages with Marker and MaxItems.
func TestMarkerPaging(t *testing.T) {
	c := iam.NewFromConfig(cfg, iamtest.WithServer(iamtest.NewFake()))
	for i := range 5 {
		if _, err := c.CreateUser(t.Context(), &iam.CreateUserInput{UserName: aws.String(fmt.Sprintf("u%d", i))}); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	pages := 0
	p := iam.NewListUsersPaginator(c, &iam.ListUsersInput{MaxItems: aws.Int32(2)})
	for p.HasMorePages() {
		page, err := p.NextPage(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, u := range page.Users {
			names = append(names, aws.ToString(u.UserName))
		}
	}
	if pages != 3 || strings.Join(names, ",") != "u0,u1,u2,u3,u4" {
		t.Fatalf("ListUsers: %d pages %v", pages, names)
	}
}

// TestAttributeMaps: SQS- and SNS-style attribute reads answer what the
// resource was given and its ARN, as the services do.
func TestAttributeMaps(t *testing.T) {
	c := sqsClient(sqstest.NewFake())
	q, err := c.CreateQueue(t.Context(), &sqs.CreateQueueInput{QueueName: aws.String("attrs"), Attributes: map[string]string{"VisibilityTimeout": "45"}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{QueueUrl: q.QueueUrl})
	if err != nil || got.Attributes["QueueArn"] != "arn:aws:sqs:eu-west-2:000000000000:attrs" || got.Attributes["VisibilityTimeout"] != "45" {
		t.Fatalf("GetQueueAttributes = %v, %v", got, err)
	}
}
