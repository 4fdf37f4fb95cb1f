package fakestore

import (
	"context"
	"errors"
	"sync"
	"testing"
)

// messages is a refinement's state for a thing, as sqsfake keeps a queue's
// messages.
type messages struct{ bodies []string }

func TestWithKeepsDataUntilDelete(t *testing.T) {
	s := New("Things")
	ctx := context.Background()
	called := false
	var nf *notFound
	if err := s.With(thingKind, "nope", func(*Resource) error { called = true; return nil }); !errors.As(err, &nf) || called {
		t.Fatalf("With on a missing thing: %v (fn called: %v), want the kind's not-found error and no call", err, called)
	}
	url := mustCreate(t, s, "alpha")
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = s.With(thingKind, url, func(r *Resource) error {
				m := Data[messages](r)
				m.bodies = append(m.bodies, "hi")
				return nil
			})
		}()
	}
	wg.Wait()
	// By ARN or name as well as by identifier, with what the calls left.
	err := s.With(thingKind, "arn:aws:things:us-east-1:000000000000:alpha", func(r *Resource) error {
		if r.ID != url || r.Name != "alpha" || r.Created.IsZero() {
			t.Errorf("resource %+v", r)
		}
		if n := len(Data[messages](r).bodies); n != 50 {
			t.Errorf("%d bodies kept, want 50", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Do[deleteOut](ctx, s, del, &deleteIn{Url: &url}); err != nil {
		t.Fatal(err)
	}
	url = mustCreate(t, s, "alpha")
	if err := s.With(thingKind, url, func(r *Resource) error {
		if r.Data != nil {
			t.Errorf("a new thing of a deleted one's name has its Data %v", r.Data)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestWithWithoutStore(t *testing.T) {
	var s *Store
	if err := s.With(thingKind, "x", func(*Resource) error { return nil }); !errors.Is(err, ErrNoStore) {
		t.Fatalf("With on a nil store: %v, want ErrNoStore", err)
	}
}

// TestUpdateMergesMaps: an update's map adds to the stored one, as SQS's
// SetQueueAttributes does; other fields replace.
func TestUpdateMergesMaps(t *testing.T) {
	type attrsIn struct {
		Url        *string
		Attributes map[string]string
		Size       *int32
	}
	type attrsOut struct {
		Attributes map[string]string
		Size       *int32
	}
	s := New("Things")
	url := mustCreate(t, s, "alpha")
	update := &Update{Kind: thingKind, Field: "Url"}
	for _, in := range []*attrsIn{
		{Url: &url, Attributes: map[string]string{"a": "1", "b": "1"}, Size: ptr[int32](1)},
		{Url: &url, Attributes: map[string]string{"b": "2"}, Size: ptr[int32](2)},
	} {
		if _, err := Do[attrsOut](context.Background(), s, update, in); err != nil {
			t.Fatal(err)
		}
	}
	out, err := Do[attrsOut](context.Background(), s, &Read{Kind: thingKind, Field: "Url"}, &describeIn{Url: &url})
	if err != nil {
		t.Fatal(err)
	}
	if a := out.Attributes; a["a"] != "1" || a["b"] != "2" || out.Size == nil || *out.Size != 2 {
		t.Fatalf("after two updates: attributes %v, size %v; want a=1, b=2 and size 2", a, out.Size)
	}
}

// TestReadOwnNotFound: a read that models its own not-found error answers
// it instead of the kind's.
func TestReadOwnNotFound(t *testing.T) {
	head := &Read{Kind: thingKind, Field: "Url", NotFound: Coded("NotFound")}
	_, err := Do[describeOut](context.Background(), New("Things"), head, &describeIn{Url: ptr("nope")})
	var api *APIError
	if !errors.As(err, &api) || api.Code != "NotFound" {
		t.Fatalf("head of a missing thing: %v, want the read's NotFound", err)
	}
}

// TestListWithin: a listing of what one resource holds lists its children,
// or with By those whose create input names it; without the field set it
// lists all, and a missing resource answers NotFound.
func TestListWithin(t *testing.T) {
	ctx := context.Background()
	s := New("Things")
	a, b := mustCreate(t, s, "a"), mustCreate(t, s, "b")
	ids := map[string]string{}
	for _, parent := range []string{a, a, b} {
		out, err := Do[childOut](ctx, s, &Create{Kind: childKind}, &childIn{ParentUrl: &parent})
		if err != nil {
			t.Fatal(err)
		}
		ids[*out.ChildId] = parent
	}
	type listIn struct{ ParentUrl *string }
	type listOut struct{ ChildIds []string }
	for _, c := range []struct {
		name string
		w    *Within
	}{
		{"children", &Within{Kind: thingKind, Field: "ParentUrl"}},
		{"by a create input field", &Within{Kind: thingKind, Field: "ParentUrl", By: "ParentUrl"}},
	} {
		op := &List{Kind: childKind, Items: "ChildIds", Within: c.w}
		out, err := Do[listOut](ctx, s, op, &listIn{ParentUrl: &a})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.ChildIds) != 2 || ids[out.ChildIds[0]] != a || ids[out.ChildIds[1]] != a {
			t.Errorf("%s: listing of a = %v, want a's two children", c.name, out.ChildIds)
		}
		if all, err := Do[listOut](ctx, s, op, &listIn{}); err != nil || len(all.ChildIds) != 3 {
			t.Errorf("%s: listing without a parent = %v, %v; want all three", c.name, all, err)
		}
		var nf *notFound
		if _, err := Do[listOut](ctx, s, op, &listIn{ParentUrl: ptr("gone")}); !errors.As(err, &nf) {
			t.Errorf("%s: listing of a missing thing: %v, want its not-found error", c.name, err)
		}
	}
}
