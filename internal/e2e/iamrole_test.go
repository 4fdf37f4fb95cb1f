package e2e

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/iam/types"

	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/stub"
)

// iamFake is the part of IAM a role's lifecycle touches. DeleteRole
// refuses a role that still has managed or inline policies or instance
// profiles, as IAM does, so only a cleanup that removes them all succeeds.
// Lists come in pages of two whose marker is a position, as an opaque
// marker may be: a cleanup that deletes while it pages skips entries.
type iamFake struct {
	iamtest.UnimplementedServer

	mu    sync.Mutex
	roles map[string]*iamRole
	// unsupported lists operations the fake answers as an emulator that
	// lacks them does.
	unsupported []string
}

type iamRole struct {
	managed, inline, profiles []string
}

const iamPage = 2

// The lists of a role, for list and remove.
var (
	managedPolicies = func(r *iamRole) *[]string { return &r.managed }
	inlinePolicies  = func(r *iamRole) *[]string { return &r.inline }
	profilesOf      = func(r *iamRole) *[]string { return &r.profiles }
)

func (f *iamFake) role(name *string) (*iamRole, error) {
	r := f.roles[aws.ToString(name)]
	if r == nil {
		return nil, &types.NoSuchEntityException{Message: aws.String("role " + aws.ToString(name) + " not found")}
	}
	return r, nil
}

// page returns the page of items at marker and the next marker, if any.
func page(items []string, marker *string) (part []string, next *string, err error) {
	start := 0
	if marker != nil {
		if start, err = strconv.Atoi(*marker); err != nil || start > len(items) {
			return nil, nil, &types.InvalidInputException{Message: aws.String("bad marker")}
		}
	}
	end := min(start+iamPage, len(items))
	if end < len(items) {
		next = aws.String(strconv.Itoa(end))
	}
	return slices.Clone(items[start:end]), next, nil
}

func (f *iamFake) CreateRole(_ context.Context, in *iam.CreateRoleInput) (*iam.CreateRoleOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.roles[aws.ToString(in.RoleName)] = &iamRole{}
	return &iam.CreateRoleOutput{Role: &types.Role{RoleName: in.RoleName, Arn: aws.String("arn:aws:iam::000000000000:role/" + aws.ToString(in.RoleName))}}, nil
}

func (f *iamFake) GetRole(_ context.Context, in *iam.GetRoleInput) (*iam.GetRoleOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.role(in.RoleName); err != nil {
		return nil, err
	}
	return &iam.GetRoleOutput{Role: &types.Role{RoleName: in.RoleName}}, nil
}

func (f *iamFake) DeleteRole(_ context.Context, in *iam.DeleteRoleInput) (*iam.DeleteRoleOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.role(in.RoleName)
	if err != nil {
		return nil, err
	}
	if len(r.managed)+len(r.inline)+len(r.profiles) > 0 {
		// Not DeleteConflict, which cleanup retries for minutes: the test
		// should fail at once when the pre-delete step left something.
		return nil, &types.UnmodifiableEntityException{Message: aws.String(fmt.Sprintf("role still has %d managed, %d inline policies, %d instance profiles", len(r.managed), len(r.inline), len(r.profiles)))}
	}
	delete(f.roles, aws.ToString(in.RoleName))
	return &iam.DeleteRoleOutput{}, nil
}

func (f *iamFake) ListAttachedRolePolicies(_ context.Context, in *iam.ListAttachedRolePoliciesInput) (*iam.ListAttachedRolePoliciesOutput, error) {
	if slices.Contains(f.unsupported, "ListAttachedRolePolicies") {
		return nil, stub.NotImplemented("IAM", "ListAttachedRolePolicies")
	}
	arns, next, err := f.list(in.RoleName, managedPolicies, in.Marker)
	if err != nil {
		return nil, err
	}
	out := &iam.ListAttachedRolePoliciesOutput{IsTruncated: next != nil, Marker: next}
	for _, arn := range arns {
		out.AttachedPolicies = append(out.AttachedPolicies, types.AttachedPolicy{PolicyArn: aws.String(arn)})
	}
	return out, nil
}

func (f *iamFake) DetachRolePolicy(_ context.Context, in *iam.DetachRolePolicyInput) (*iam.DetachRolePolicyOutput, error) {
	return &iam.DetachRolePolicyOutput{}, f.remove(in.RoleName, managedPolicies, in.PolicyArn)
}

func (f *iamFake) ListRolePolicies(_ context.Context, in *iam.ListRolePoliciesInput) (*iam.ListRolePoliciesOutput, error) {
	names, next, err := f.list(in.RoleName, inlinePolicies, in.Marker)
	if err != nil {
		return nil, err
	}
	return &iam.ListRolePoliciesOutput{PolicyNames: names, IsTruncated: next != nil, Marker: next}, nil
}

func (f *iamFake) DeleteRolePolicy(_ context.Context, in *iam.DeleteRolePolicyInput) (*iam.DeleteRolePolicyOutput, error) {
	return &iam.DeleteRolePolicyOutput{}, f.remove(in.RoleName, inlinePolicies, in.PolicyName)
}

func (f *iamFake) ListInstanceProfilesForRole(_ context.Context, in *iam.ListInstanceProfilesForRoleInput) (*iam.ListInstanceProfilesForRoleOutput, error) {
	if slices.Contains(f.unsupported, "ListInstanceProfilesForRole") {
		return nil, stub.NotImplemented("IAM", "ListInstanceProfilesForRole")
	}
	names, next, err := f.list(in.RoleName, profilesOf, in.Marker)
	if err != nil {
		return nil, err
	}
	out := &iam.ListInstanceProfilesForRoleOutput{IsTruncated: next != nil, Marker: next}
	for _, n := range names {
		out.InstanceProfiles = append(out.InstanceProfiles, types.InstanceProfile{InstanceProfileName: aws.String(n)})
	}
	return out, nil
}

func (f *iamFake) RemoveRoleFromInstanceProfile(_ context.Context, in *iam.RemoveRoleFromInstanceProfileInput) (*iam.RemoveRoleFromInstanceProfileOutput, error) {
	return &iam.RemoveRoleFromInstanceProfileOutput{}, f.remove(in.RoleName, profilesOf, in.InstanceProfileName)
}

// list returns the page at marker of the role's list that field selects.
func (f *iamFake) list(role *string, field func(*iamRole) *[]string, marker *string) ([]string, *string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.role(role)
	if err != nil {
		return nil, nil, err
	}
	return page(*field(r), marker)
}

// remove deletes item from the role's list that field selects.
func (f *iamFake) remove(role *string, field func(*iamRole) *[]string, item *string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.role(role)
	if err != nil {
		return err
	}
	list := field(r)
	i := slices.Index(*list, aws.ToString(item))
	if i < 0 {
		return &types.NoSuchEntityException{Message: aws.String(aws.ToString(item) + " is not attached to " + aws.ToString(role))}
	}
	*list = slices.Delete(*list, i, i+1)
	return nil
}

// TestCreateRoleInProcess: the role fixture's cleanup detaches every
// managed policy, deletes every inline policy and removes the role from
// every instance profile, each over several pages, before it deletes the
// role.
func TestCreateRoleInProcess(t *testing.T) {
	roleCleanedUp(t, &iamFake{roles: map[string]*iamRole{}}, func(r *iamRole) {
		for i := range 5 {
			r.managed = append(r.managed, fmt.Sprintf("arn:aws:iam::aws:policy/P%d", i))
			r.inline = append(r.inline, fmt.Sprintf("inline-%d", i))
			r.profiles = append(r.profiles, fmt.Sprintf("profile-%d", i))
		}
	})
}

// TestCreateRoleListingsUnsupported: where the server lacks the managed
// policy and instance profile listings, as emulators often do, cleanup
// still deletes the inline policies and the role instead of giving up.
func TestCreateRoleListingsUnsupported(t *testing.T) {
	fake := &iamFake{roles: map[string]*iamRole{}, unsupported: []string{"ListAttachedRolePolicies", "ListInstanceProfilesForRole"}}
	roleCleanedUp(t, fake, func(r *iamRole) {
		r.inline = append(r.inline, "inline-0", "inline-1", "inline-2")
	})
}

// roleCleanedUp creates a role with the fixture against fake in a subtest,
// lets attach add what a test left on the role, and checks that the role
// is gone once the subtest's cleanup ran.
func roleCleanedUp(t *testing.T, fake *iamFake, attach func(*iamRole)) {
	t.Helper()
	c := iam.New(iam.Options{Region: "us-east-1"}, iamtest.WithServer(fake))
	var name string
	t.Run("fixture", func(t *testing.T) {
		name = iamtest.CreateRole(t, c).ID
		fake.mu.Lock()
		defer fake.mu.Unlock()
		attach(fake.roles[name])
	})
	if name == "" {
		t.Fatal("the fixture created no role")
	}
	assertGone(t, "role "+name, func(ctx context.Context) (bool, error) {
		_, err := c.GetRole(ctx, &iam.GetRoleInput{RoleName: &name})
		return err == nil, err
	})
}
