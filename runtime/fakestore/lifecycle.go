package fakestore

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/awsparity/awsparity/runtime/fixture"
)

// WaitTimeout bounds a fixture's wait for a resource of a fake to become
// usable in TestFakeLifecycle: the fake answers at once, so a state the
// first reads do not show never comes.
const WaitTimeout = 10 * time.Second

// Lifecycle checks one resource's life against a fake, as the generated
// TestFakeLifecycle does for every fixture that needs no options: create
// (a fixture, which registers its cleanup) returns the identifier; read,
// when the service has a read operation, must find it; after the cleanup
// has run, gone must answer a NotFound error (a read, or the delete
// again). Failures name the step: "create", "read back", "cleanup",
// "after cleanup".
func Lifecycle(t *testing.T, create func(t *testing.T) string, read, gone func(ctx context.Context, id string) error) {
	t.Helper()
	var id string
	if !t.Run("create", func(t *testing.T) {
		id = create(t)
		if read == nil {
			return
		}
		if err := read(t.Context(), id); err != nil {
			t.Fatalf("read back: %v", err)
		}
	}) {
		return
	}
	if id == "" {
		t.Fatal("create: the fixture was skipped or returned no identifier")
	}
	if err := gone(t.Context(), id); !fixture.IsNotFound(err) {
		t.Fatalf("after cleanup: %s answered %v, want a NotFound error", id, err)
	}
}

// Listed reports, as an error, whether a listing's output lacks id: the
// read-back of a resource whose service can only list it. It looks at
// every string the output holds, at any depth.
func Listed(out any, id string) error {
	if holds(reflect.ValueOf(out), id, 0) {
		return nil
	}
	return fmt.Errorf("the listing does not hold %s", id)
}

func holds(v reflect.Value, s string, depth int) bool {
	if depth > 2*maxDepth {
		return false
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && holds(v.Elem(), s, depth+1)
	case reflect.String:
		return v.String() == s
	case reflect.Slice:
		for i := range v.Len() {
			if holds(v.Index(i), s, depth+1) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && holds(v.Field(i), s, depth+1) {
				return true
			}
		}
	}
	return false
}
