package fakestore

import (
	"context"
	"reflect"
)

// Tagging is a service's tag, untag or tag-listing operation: Resource
// is the input field naming the resource (identifier, ARN or name; a list
// of strings names several, as EC2's CreateTags does), of any kind in
// Kinds.
type Tagging struct {
	Kinds    []*Kind
	Resource string
	// Tags is the input field with the tags to add (Tag), or the output
	// field the tags are listed in (ListTags).
	Tags string
	// Keys is Untag's input field with the keys to remove.
	Keys string
}

// resources returns the live resources t's input names.
func (t *Tagging) resources(s *Store, in reflect.Value) ([]*record, error) {
	keys := strs(in, t.Resource)
	if len(keys) == 0 {
		return nil, missing(t.kind(), "(none named)", nil)
	}
	out := make([]*record, 0, len(keys))
	for _, key := range keys {
		var r *record
		for _, k := range t.Kinds {
			if r = s.find(k, key); r != nil {
				break
			}
		}
		if r == nil {
			return nil, missing(t.kind(), key, nil)
		}
		out = append(out, r)
	}
	return out, nil
}

// kind is the kind whose not-found error a missing resource answers: the
// first.
func (t *Tagging) kind() *Kind {
	if len(t.Kinds) == 0 {
		return &Kind{Name: "Resource"}
	}
	return t.Kinds[0]
}

// Tag adds tags to the resources its input names.
type Tag struct{ Tagging }

func (op *Tag) apply(_ context.Context, s *Store, in, _ reflect.Value) error {
	recs, err := op.resources(s, in)
	if err != nil {
		return err
	}
	f, _ := field(in, []string{op.Tags})
	add := tagsOf(f)
	for _, r := range recs {
		for k, v := range add {
			r.tags[k] = v
		}
	}
	return nil
}

// Untag removes tag keys from the resources its input names.
type Untag struct{ Tagging }

func (op *Untag) apply(_ context.Context, s *Store, in, _ reflect.Value) error {
	recs, err := op.resources(s, in)
	if err != nil {
		return err
	}
	keys := strs(in, op.Keys)
	if len(keys) == 0 {
		// EC2's DeleteTags takes tag structures, not keys.
		f, _ := field(in, []string{op.Keys})
		for k := range tagsOf(f) {
			keys = append(keys, k)
		}
	}
	for _, r := range recs {
		for _, k := range keys {
			delete(r.tags, k)
		}
	}
	return nil
}

// ListTags lists the tags of the resource its input names.
type ListTags struct{ Tagging }

func (op *ListTags) apply(_ context.Context, s *Store, in, out reflect.Value) error {
	recs, err := op.resources(s, in)
	if err != nil {
		return err
	}
	f, ok := field(out, []string{op.Tags})
	if !ok || len(recs) == 0 {
		return nil
	}
	all := map[string]string{}
	for _, r := range recs {
		for k, v := range r.tags {
			all[k] = v
		}
	}
	setTags(f, all)
	return nil
}
