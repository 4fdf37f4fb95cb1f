package e2e

import (
	"context"
	"strconv"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/iam/types"

	"github.com/awsparity/awsparity/gen/iamtest"
)

// usersFake keeps IAM users and their access keys as IAM does: a key
// belongs to one user, DeleteAccessKey finds it only under that user's
// name (without one it looks under the caller, who has none here), and
// DeleteUser refuses a user who still has keys.
type usersFake struct {
	iamtest.UnimplementedServer

	mu    sync.Mutex
	users map[string][]string
	next  int
}

func noSuchEntity(what string) error {
	return &types.NoSuchEntityException{Message: aws.String(what + " not found")}
}

func (f *usersFake) CreateUser(_ context.Context, in *iam.CreateUserInput) (*iam.CreateUserOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	name := aws.ToString(in.UserName)
	f.users[name] = []string{}
	return &iam.CreateUserOutput{User: &types.User{UserName: in.UserName, Arn: aws.String("arn:aws:iam::000000000000:user/" + name)}}, nil
}

func (f *usersFake) GetUser(_ context.Context, in *iam.GetUserInput) (*iam.GetUserOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.users[aws.ToString(in.UserName)]; !ok {
		return nil, noSuchEntity("user " + aws.ToString(in.UserName))
	}
	return &iam.GetUserOutput{User: &types.User{UserName: in.UserName}}, nil
}

func (f *usersFake) DeleteUser(_ context.Context, in *iam.DeleteUserInput) (*iam.DeleteUserOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	keys, ok := f.users[aws.ToString(in.UserName)]
	switch {
	case !ok:
		return nil, noSuchEntity("user " + aws.ToString(in.UserName))
	case len(keys) > 0:
		return nil, &types.DeleteConflictException{Message: aws.String("user has access keys")}
	}
	delete(f.users, aws.ToString(in.UserName))
	return &iam.DeleteUserOutput{}, nil
}

func (f *usersFake) CreateAccessKey(_ context.Context, in *iam.CreateAccessKeyInput) (*iam.CreateAccessKeyOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	name := aws.ToString(in.UserName)
	if _, ok := f.users[name]; !ok {
		return nil, noSuchEntity("user " + name)
	}
	f.next++
	id := "AKIA" + strconv.Itoa(f.next)
	f.users[name] = append(f.users[name], id)
	return &iam.CreateAccessKeyOutput{AccessKey: &types.AccessKey{UserName: in.UserName, AccessKeyId: aws.String(id), SecretAccessKey: aws.String("not-a-secret"), Status: types.StatusTypeActive}}, nil
}

func (f *usersFake) DeleteAccessKey(_ context.Context, in *iam.DeleteAccessKeyInput) (*iam.DeleteAccessKeyOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	name := aws.ToString(in.UserName)
	keys := f.users[name]
	for i, k := range keys {
		if k == aws.ToString(in.AccessKeyId) {
			f.users[name] = append(keys[:i], keys[i+1:]...)
			return &iam.DeleteAccessKeyOutput{}, nil
		}
	}
	return nil, noSuchEntity("access key " + aws.ToString(in.AccessKeyId) + " of user " + strconv.Quote(name))
}

func (f *usersFake) ListAccessKeys(_ context.Context, in *iam.ListAccessKeysInput) (*iam.ListAccessKeysOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	keys, ok := f.users[aws.ToString(in.UserName)]
	if !ok {
		return nil, noSuchEntity("user " + aws.ToString(in.UserName))
	}
	out := &iam.ListAccessKeysOutput{}
	for _, k := range keys {
		out.AccessKeyMetadata = append(out.AccessKeyMetadata, types.AccessKeyMetadata{AccessKeyId: aws.String(k), UserName: in.UserName})
	}
	return out, nil
}

// TestUserWithAccessKeyInProcess: the access key fixture, given its user,
// deletes the key under that user's name (DeleteAccessKey without it finds
// no key), before the user's own cleanup, which IAM refuses while keys
// remain; afterwards neither is left.
func TestUserWithAccessKeyInProcess(t *testing.T) {
	fake := &usersFake{users: map[string][]string{}}
	c := iam.New(iam.Options{Region: "us-east-1"}, iamtest.WithServer(fake))
	var user string
	t.Run("fixtures", func(t *testing.T) {
		u := iamtest.CreateUser(t, c)
		user = u.ID
		key := iamtest.CreateAccessKey(t, c, func(o *iamtest.CreateAccessKeyOptions) { o.Input.UserName = aws.String(u.ID) })
		keys, err := c.ListAccessKeys(t.Context(), &iam.ListAccessKeysInput{UserName: aws.String(u.ID)})
		if err != nil {
			t.Fatalf("ListAccessKeys: %v", err)
		}
		if len(keys.AccessKeyMetadata) != 1 || aws.ToString(keys.AccessKeyMetadata[0].AccessKeyId) != key.ID {
			t.Fatalf("user %s has keys %+v, want only %s", u.ID, keys.AccessKeyMetadata, key.ID)
		}
	})
	assertGone(t, "user "+user, func(ctx context.Context) (bool, error) {
		_, err := c.ListAccessKeys(ctx, &iam.ListAccessKeysInput{UserName: aws.String(user)})
		return err == nil, err
	})
	if len(fake.users) != 0 {
		t.Errorf("users left behind: %v", fake.users)
	}
}
