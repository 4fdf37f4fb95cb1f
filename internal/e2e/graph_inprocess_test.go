package e2e

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	iamtypes "github.com/aws/aws-sdk-go-v2/service/iam/types"
	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/gen/lambdatest"
)

// No CI emulator serves EC2, CloudWatch Logs, Lambda or IAM, so the
// fixture graph of those services is proven in-process, against the
// generated fakes, with the target set as a user's test would set it.
func inProcess(t *testing.T) {
	t.Setenv("TEST_TARGET", "IN_PROCESS")
}

// vpcGuard refines the generated EC2 fake as EC2 behaves: a VPC with a
// subnet cannot be deleted (DependencyViolation), so a cleanup that ran
// out of order would fail the test.
type vpcGuard struct {
	*ec2test.Fake
	mu      sync.Mutex
	subnets map[string]string // subnet id → VPC id
}

func (g *vpcGuard) CreateSubnet(ctx context.Context, in *ec2.CreateSubnetInput) (*ec2.CreateSubnetOutput, error) {
	out, err := g.Fake.CreateSubnet(ctx, in)
	if err == nil && out.Subnet != nil {
		g.mu.Lock()
		g.subnets[aws.ToString(out.Subnet.SubnetId)] = aws.ToString(in.VpcId)
		g.mu.Unlock()
	}
	return out, err
}

func (g *vpcGuard) DeleteSubnet(ctx context.Context, in *ec2.DeleteSubnetInput) (*ec2.DeleteSubnetOutput, error) {
	out, err := g.Fake.DeleteSubnet(ctx, in)
	if err == nil {
		g.mu.Lock()
		delete(g.subnets, aws.ToString(in.SubnetId))
		g.mu.Unlock()
	}
	return out, err
}

func (g *vpcGuard) DeleteVpc(ctx context.Context, in *ec2.DeleteVpcInput) (*ec2.DeleteVpcOutput, error) {
	g.mu.Lock()
	for subnet, vpc := range g.subnets {
		if vpc == aws.ToString(in.VpcId) {
			g.mu.Unlock()
			return nil, &dependencyViolation{msg: "The vpc '" + vpc + "' has dependencies and cannot be deleted: " + subnet}
		}
	}
	g.mu.Unlock()
	return g.Fake.DeleteVpc(ctx, in)
}

type dependencyViolation struct{ msg string }

func (e *dependencyViolation) Error() string     { return "DependencyViolation: " + e.msg }
func (e *dependencyViolation) ErrorCode() string { return "DependencyViolation" }

// TestSubnetWithItsVpcInProcess: the subnet fixture creates its VPC, the
// subnet is deleted before the VPC, and neither is left.
func TestSubnetWithItsVpcInProcess(t *testing.T) {
	inProcess(t)
	fake := &vpcGuard{Fake: ec2test.NewFake(), subnets: map[string]string{}}
	c := ec2test.NewClient(t, fake)
	var subnet, vpc string
	t.Run("fixtures", func(t *testing.T) {
		s := ec2test.CreateSubnet(t, c)
		subnet = s.ID
		got, err := c.DescribeSubnets(t.Context(), &ec2.DescribeSubnetsInput{SubnetIds: []string{s.ID}})
		if err != nil || len(got.Subnets) != 1 {
			t.Fatalf("DescribeSubnets %s: %+v, %v", s.ID, got, err)
		}
		vpc = fake.subnets[s.ID]
		if vpc == "" {
			t.Fatalf("subnet %s was created without a VPC", s.ID)
		}
		if _, err := c.DescribeVpcs(t.Context(), &ec2.DescribeVpcsInput{VpcIds: []string{vpc}}); err != nil {
			t.Fatalf("the subnet's VPC %s: %v", vpc, err)
		}
	})
	assertGone(t, "subnet "+subnet, func(ctx context.Context) (bool, error) {
		out, err := c.DescribeSubnets(ctx, &ec2.DescribeSubnetsInput{})
		return err == nil && slices.ContainsFunc(out.Subnets, func(s ec2types.Subnet) bool { return aws.ToString(s.SubnetId) == subnet }), err
	})
	assertGone(t, "VPC "+vpc, func(ctx context.Context) (bool, error) {
		out, err := c.DescribeVpcs(ctx, &ec2.DescribeVpcsInput{})
		return err == nil && slices.ContainsFunc(out.Vpcs, func(v ec2types.Vpc) bool { return aws.ToString(v.VpcId) == vpc }), err
	})
}

// TestLogStreamInLogGroupInProcess: the log stream fixture takes its log
// group, the stream is listed in it, and afterwards neither is left.
func TestLogStreamInLogGroupInProcess(t *testing.T) {
	inProcess(t)
	c := cloudwatchlogstest.NewClient(t, cloudwatchlogstest.NewFake())
	var group, stream string
	t.Run("fixtures", func(t *testing.T) {
		g := cloudwatchlogstest.CreateLogGroup(t, c)
		s := cloudwatchlogstest.CreateLogStream(t, c, g.ID)
		group, stream = g.ID, s.ID
		got, err := c.DescribeLogStreams(t.Context(), &cloudwatchlogs.DescribeLogStreamsInput{LogGroupName: aws.String(g.ID)})
		if err != nil || len(got.LogStreams) != 1 || aws.ToString(got.LogStreams[0].LogStreamName) != s.ID {
			t.Fatalf("DescribeLogStreams in %s: %+v, %v; want only %s", g.ID, got, err, s.ID)
		}
	})
	assertGone(t, "log stream "+stream, func(ctx context.Context) (bool, error) {
		out, err := c.DescribeLogStreams(ctx, &cloudwatchlogs.DescribeLogStreamsInput{LogGroupName: aws.String(group)})
		return err == nil && len(out.LogStreams) > 0, err
	})
	assertGone(t, "log group "+group, func(ctx context.Context) (bool, error) {
		out, err := c.ListLogGroups(ctx, &cloudwatchlogs.ListLogGroupsInput{})
		return err == nil && len(out.LogGroups) > 0, err
	})
}

// TestFunctionAndMappingInProcess: an event source mapping's fixture
// creates its function, whose fixture creates its IAM role through iamtest
// (a role Lambda may assume), and afterwards mapping, function and role
// are gone.
func TestFunctionAndMappingInProcess(t *testing.T) {
	inProcess(t)
	c := lambdatest.NewClient(t, lambdatest.NewFake())
	iamC := iamtest.NewClient(t, nil) // the shared IAM fake the function's fixture used
	var mapping, function, role string
	t.Run("fixtures", func(t *testing.T) {
		var in *lambda.CreateEventSourceMappingInput
		m := lambdatest.CreateEventSourceMapping(t, c, func(o *lambdatest.CreateEventSourceMappingOptions) {
			o.Input.EventSourceArn = aws.String("arn:aws:sqs:us-east-1:000000000000:awsparity-source")
			in = o.Input // the fixture fills FunctionName after the options
		})
		mapping, function = m.ID, aws.ToString(in.FunctionName)
		fn, err := c.GetFunction(t.Context(), &lambda.GetFunctionInput{FunctionName: aws.String(function)})
		if err != nil {
			t.Fatalf("GetFunction %s: %v", function, err)
		}
		roleARN := aws.ToString(fn.Configuration.Role)
		role = roleARN[strings.LastIndexByte(roleARN, '/')+1:]
		r, err := iamC.GetRole(t.Context(), &iam.GetRoleInput{RoleName: aws.String(role)})
		if err != nil {
			t.Fatalf("the function's role %s: %v", roleARN, err)
		}
		if doc := aws.ToString(r.Role.AssumeRolePolicyDocument); !strings.Contains(doc, "lambda.amazonaws.com") {
			t.Errorf("role %s trusts %s, want lambda.amazonaws.com", role, doc)
		}
	})
	// Lists, not reads, prove it: nothing of the kind is left at all.
	assertGone(t, "event source mapping "+mapping, func(ctx context.Context) (bool, error) {
		out, err := c.ListEventSourceMappings(ctx, &lambda.ListEventSourceMappingsInput{})
		return err == nil && len(out.EventSourceMappings) > 0, err
	})
	assertGone(t, "function "+function, func(ctx context.Context) (bool, error) {
		out, err := c.ListFunctions(ctx, &lambda.ListFunctionsInput{})
		return err == nil && len(out.Functions) > 0, err
	})
	assertGone(t, "role "+role, func(ctx context.Context) (bool, error) {
		out, err := iamC.ListRoles(ctx, &iam.ListRolesInput{})
		return err == nil && slices.ContainsFunc(out.Roles, func(r iamtypes.Role) bool { return aws.ToString(r.RoleName) == role }), err
	})
}
