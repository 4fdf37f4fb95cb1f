// Package fakestore is the in-memory state behind the lifecycle fakes that
// awsparity generates (<service>test.NewFake): resources created, read,
// listed, tagged, updated and deleted through an SDK client bound
// in-process.
//
// Generated code holds the service-specific part as data — which field
// carries an identifier, how an ARN is spelled, which constraints an input
// must meet, which error a missing resource answers — and calls Do with
// the SDK's own typed input and output; this package reads and fills those
// structs by field name. It knows no service.
//
// Everything here is for generated code; its shapes change together with
// stub.SupportPackageIsVersion.
package fakestore

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"time"

	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
)

// Account is the account id in every ARN and URL a fake makes up.
const Account = "000000000000"

// DefaultRegion is used when the client names no region.
const DefaultRegion = "us-east-1"

// Store holds one fake's resources. A Store is safe for concurrent use;
// each generated fake has its own, so parallel tests with their own fakes
// share nothing.
type Store struct {
	service string
	mu      sync.Mutex
	seq     int
	// records holds every live resource in creation order, which listings
	// keep.
	records []*record
	now     func() time.Time
}

// New returns an empty store for the service with the given sdkId.
func New(service string) *Store {
	return &Store{service: service, now: func() time.Time { return time.Now().UTC().Truncate(time.Second) }}
}

// record is one live resource.
type record struct {
	kind *Kind
	id   string
	arn  string
	name string
	// attrs are the input fields the resource was created or last updated
	// with, by Go field name.
	attrs   map[string]reflect.Value
	tags    map[string]string
	created time.Time
	parent  *record
	// data is a refinement's own state (Resource.Data).
	data any
}

// keys are the strings other operations may name the resource by.
func (r *record) matches(s string) bool {
	return s != "" && (s == r.id || s == r.arn || s == r.name)
}

// Op is one generated operation: Create, Read, Update, Delete, List, Tag,
// Untag or ListTags.
type Op interface {
	apply(ctx context.Context, s *Store, in, out reflect.Value) error
}

// ErrNoStore is what a fake's operations answer when the fake was not made
// by its NewFake (a zero value, or one embedded by value).
var ErrNoStore = errors.New("fakestore: the fake has no store: create it with its NewFake function")

// Do runs op with the SDK input in and returns the output it fills. For
// generated code.
func Do[O any](ctx context.Context, s *Store, op Op, in any) (*O, error) {
	if s == nil {
		return nil, ErrNoStore
	}
	out := new(O)
	iv := reflect.ValueOf(in)
	if iv.Kind() != reflect.Pointer || iv.IsNil() {
		return nil, fmt.Errorf("fakestore: %s: input is %T, want a non-nil pointer to a structure", s.service, in)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := op.apply(ctx, s, iv.Elem(), reflect.ValueOf(out).Elem()); err != nil {
		return nil, err
	}
	return out, nil
}

// region is the client's region as the SDK put it in ctx.
func region(ctx context.Context) string {
	if r := awsmiddleware.GetRegion(ctx); r != "" {
		return r
	}
	return DefaultRegion
}

// find returns the live resource of kind k (any kind when k is nil) that
// key names by identifier, ARN or name.
func (s *Store) find(k *Kind, key string) *record {
	for _, r := range s.records {
		if (k == nil || r.kind == k) && r.matches(key) {
			return r
		}
	}
	return nil
}

// findIn is find among the children of parent (top-level resources when
// parent is nil).
func (s *Store) findIn(k *Kind, key string, parent *record) *record {
	for _, r := range s.records {
		if r.kind == k && r.parent == parent && r.matches(key) {
			return r
		}
	}
	return nil
}

// removeTree removes r and, depth first, everything inside it.
func (s *Store) removeTree(r *record) {
	for _, kid := range s.children(r) {
		s.removeTree(kid)
	}
	s.remove(r)
}

func (s *Store) remove(r *record) {
	for i, x := range s.records {
		if x == r {
			s.records = append(s.records[:i], s.records[i+1:]...)
			return
		}
	}
}

func (s *Store) children(r *record) []*record {
	var out []*record
	for _, x := range s.records {
		if x.parent == r {
			out = append(out, x)
		}
	}
	return out
}

// missing is the error for a missing resource of kind k: answer's, else
// the kind's.
func missing(k *Kind, key string, answer func(msg string) error) error {
	msg := fmt.Sprintf("%s %s not found", k.Name, key)
	if answer != nil {
		return answer(msg)
	}
	if k.NotFound != nil {
		return k.NotFound(msg)
	}
	return &APIError{Code: k.Name + "NotFound", Message: msg}
}
