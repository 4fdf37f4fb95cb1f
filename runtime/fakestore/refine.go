package fakestore

import (
	"fmt"
	"time"
)

// Resource is a live resource as a hand-written refinement of a generated
// fake sees it, through the fake's With<Kind> methods: what names it, and
// Data, the refinement's own state for it (an SQS queue's messages, an S3
// bucket's objects). Data is kept with the resource, so it goes when the
// resource is deleted, by the generated delete or with its parent.
type Resource struct {
	ID, ARN, Name string
	Created       time.Time
	Data          any
}

// With runs f on the live resource of kind k that key names (identifier,
// ARN or name) and keeps what f sets in Data. A missing resource answers
// the kind's not-found error without calling f. f runs holding the store's
// lock, so it sees and leaves the resource whole even under parallel
// calls, and must not call the fake's operations. For generated code.
func (s *Store) With(k *Kind, key string, f func(*Resource) error) error {
	if s == nil {
		return ErrNoStore
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.find(k, key)
	if r == nil {
		return missing(k, key, nil)
	}
	res := &Resource{ID: r.id, ARN: r.arn, Name: r.name, Created: r.created, Data: r.data}
	defer func() { r.data = res.Data }()
	return f(res)
}

// Data returns the resource's Data as a *T, setting it to a new T first
// when it is unset: a refinement's state for a resource, typed. Like a
// type assertion, it panics when Data holds another type: one refinement
// keeps one type per kind of resource.
func Data[T any](r *Resource) *T {
	if r.Data == nil {
		r.Data = new(T)
	}
	d, ok := r.Data.(*T)
	if !ok {
		panic(fmt.Sprintf("fakestore: %s holds Data of type %T, not *%T", r.ID, r.Data, *new(T)))
	}
	return d
}
