package fakestore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/smithy-go"
)

// The types below are shaped as aws-sdk-go-v2 generates inputs and
// outputs: pointers for optional members, enums as named strings, tags as
// maps or Key/Value structures.

type status string

type tag struct{ Key, Value *string }

type createIn struct {
	Name *string
	Size *int32
	Mode status
	Tags map[string]string
}

type createOut struct {
	Url *string
}

type thing struct {
	Url       *string
	ThingArn  *string
	Name      *string
	Size      *int32
	Status    status
	CreatedAt *time.Time
}

type describeIn struct{ Url *string }
type describeOut struct{ Thing *thing }

type deleteIn struct{ Url *string }
type deleteOut struct{}

type listIn struct {
	NextToken  *string
	MaxResults *int32
	NamePrefix *string
}
type listOut struct {
	Urls        []string
	NextToken   *string
	IsTruncated *bool // as S3's paginators read it
}

type listThingsOut struct{ Things []thing }

type tagIn struct {
	ResourceArn *string
	Tags        []tag
}
type untagIn struct {
	ResourceArn *string
	TagKeys     []string
}
type listTagsOut struct{ Tags []tag }
type none struct{}

type childIn struct {
	ParentUrl *string
	Name      *string
}
type childOut struct{ ChildId *string }

type notFound struct{ msg string }

func (e *notFound) Error() string                 { return "ThingDoesNotExist: " + e.msg }
func (e *notFound) ErrorCode() string             { return "ThingDoesNotExist" }
func (e *notFound) ErrorMessage() string          { return e.msg }
func (e *notFound) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

var thingKind = &Kind{
	Name:      "Thing",
	ID:        ID{Path: []string{"Url"}, Template: "https://things.{region}.amazonaws.com/{account}/{name}"},
	NameField: "Name",
	ARN:       "arn:{partition}:things:{region}:{account}:{name}",
	Tags:      "Tags",
	NotFound:  func(msg string) error { return &notFound{msg} },
}

var childKind = &Kind{
	Name:   "Child",
	ID:     ID{Path: []string{"ChildId"}, Template: "child-{hex8}"},
	Parent: &Parent{Kind: thingKind, Field: "ParentUrl"},
}

var (
	create = &Create{Kind: thingKind, Rules: "Name\tname\treq\tlen=1:20\tre=[a-z0-9-]+\n" +
		"Size\tsize\tval=:10\n" +
		"Mode\tmode\tenum=fast|slow\n",
		States: []State{{Path: "Status", Value: "ACTIVE"}}}
	describe = &Read{Kind: thingKind, Field: "Url", States: []State{{Path: "Thing.Status", Value: "ACTIVE"}}}
	del      = &Delete{Kind: thingKind, Field: "Url"}
	list     = &List{Kind: thingKind, Items: "Urls", InputToken: "NextToken", OutputToken: "NextToken", PageSize: "MaxResults", Prefix: "NamePrefix"}
	tagging  = Tagging{Kinds: []*Kind{thingKind}, Resource: "ResourceArn", Tags: "Tags", Keys: "TagKeys"}
)

func ptr[T any](v T) *T { return &v }

func mustCreate(t *testing.T, s *Store, name string) string {
	t.Helper()
	out, err := Do[createOut](context.Background(), s, create, &createIn{Name: ptr(name), Tags: map[string]string{"run": "1"}})
	if err != nil {
		t.Fatal(err)
	}
	return *out.Url
}

func TestLifecycle(t *testing.T) {
	s := New("Things")
	ctx := context.Background()
	url := mustCreate(t, s, "alpha")
	if want := "https://things.us-east-1.amazonaws.com/000000000000/alpha"; url != want {
		t.Fatalf("id %q, want %q", url, want)
	}
	got, err := Do[describeOut](ctx, s, describe, &describeIn{Url: &url})
	if err != nil {
		t.Fatal(err)
	}
	th := got.Thing
	if th == nil || *th.Url != url || *th.Name != "alpha" || *th.ThingArn != "arn:aws:things:us-east-1:000000000000:alpha" ||
		th.Status != "ACTIVE" || th.CreatedAt == nil || th.Size != nil {
		t.Fatalf("describe filled %+v", th)
	}
	if _, err := Do[deleteOut](ctx, s, del, &deleteIn{Url: &url}); err != nil {
		t.Fatal(err)
	}
	var nf *notFound
	if _, err := Do[describeOut](ctx, s, describe, &describeIn{Url: &url}); !errors.As(err, &nf) {
		t.Fatalf("describe after delete: %v, want the kind's not-found error", err)
	}
	if _, err := Do[deleteOut](ctx, s, del, &deleteIn{Url: &url}); !errors.As(err, &nf) {
		t.Fatalf("second delete: %v, want the kind's not-found error", err)
	}
}

func TestCreateValidates(t *testing.T) {
	s := New("Things")
	for _, c := range []struct {
		in   *createIn
		want string
	}{
		{&createIn{}, "Value null at 'name' failed to satisfy constraint: Member must not be null"},
		{&createIn{Name: ptr("")}, "at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1"},
		{&createIn{Name: ptr(strings.Repeat("a", 21))}, "Member must have length less than or equal to 20"},
		{&createIn{Name: ptr("UPPER")}, "Value 'UPPER' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z0-9-]+"},
		// The whole value must match, as AWS validates it.
		{&createIn{Name: ptr("ok !")}, "Value 'ok !' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern"},
		{&createIn{Name: ptr("ok"), Size: ptr[int32](11)}, "Value '11' at 'size' failed to satisfy constraint: Member must have value less than or equal to 10"},
		{&createIn{Name: ptr("ok"), Mode: "medium"}, "at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [fast slow]"},
	} {
		_, err := Do[createOut](context.Background(), s, create, c.in)
		var api *APIError
		if !errors.As(err, &api) || api.Code != "ValidationException" || !strings.Contains(api.Message, c.want) {
			t.Errorf("create %+v: %v, want ValidationException with %q", c.in, err, c.want)
		}
	}
	if len(s.records) != 0 {
		t.Errorf("an invalid create stored %d resources", len(s.records))
	}
}

// TestContainsPattern: a has= pattern (one character at most) need only
// occur in the value.
func TestContainsPattern(t *testing.T) {
	op := &Create{Kind: thingKind, Rules: "Name\tname\thas=[a-z]\n"}
	if _, err := Do[createOut](context.Background(), New("Things"), op, &createIn{Name: ptr("1a2")}); err != nil {
		t.Errorf("1a2 contains [a-z]: %v", err)
	}
	if _, err := Do[createOut](context.Background(), New("Things"), op, &createIn{Name: ptr("123")}); err == nil {
		t.Error("123 does not contain [a-z], but the create succeeded")
	}
}

func TestMalformedRules(t *testing.T) {
	for _, rules := range []Rules{"Name", "Name\tname\tlen=1", "Name\tname\tval=x:", "Name\tname\tsize=3"} {
		_, err := Do[createOut](context.Background(), New("Things"), &Create{Kind: thingKind, Rules: rules}, &createIn{Name: ptr("n")})
		if err == nil || !strings.Contains(err.Error(), "fakestore: rule") {
			t.Errorf("rules %q: %v", rules, err)
		}
	}
}

func TestCreateSameNameIsIdempotentOrExists(t *testing.T) {
	s := New("Things")
	a, b := mustCreate(t, s, "same"), mustCreate(t, s, "same")
	if a != b || len(s.records) != 1 {
		t.Fatalf("idempotent create: %q and %q, %d records", a, b, len(s.records))
	}
	strict := *thingKind
	strict.Exists = func(msg string) error { return &APIError{Code: "ThingExists", Message: msg} }
	op := &Create{Kind: &strict}
	if _, err := Do[createOut](context.Background(), s, op, &createIn{Name: ptr("x")}); err != nil {
		t.Fatal(err)
	}
	_, err := Do[createOut](context.Background(), s, op, &createIn{Name: ptr("x")})
	var api *APIError
	if !errors.As(err, &api) || api.Code != "ThingExists" {
		t.Fatalf("second create: %v, want ThingExists", err)
	}
}

func TestListPages(t *testing.T) {
	s := New("Things")
	var want []string
	for i := range 5 {
		want = append(want, mustCreate(t, s, fmt.Sprintf("n%d", i)))
	}
	mustCreate(t, s, "other")
	var got []string
	var tok *string
	pages := 0
	for {
		out, err := Do[listOut](context.Background(), s, list, &listIn{NextToken: tok, MaxResults: ptr[int32](2), NamePrefix: ptr("n")})
		if err != nil {
			t.Fatal(err)
		}
		pages++
		got = append(got, out.Urls...)
		if (out.IsTruncated != nil && *out.IsTruncated) != (out.NextToken != nil) {
			t.Errorf("page %d: IsTruncated %v with NextToken %v", pages, out.IsTruncated, out.NextToken)
		}
		if tok = out.NextToken; tok == nil {
			break
		}
	}
	if pages != 3 || strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("%d pages %v, want 3 pages %v", pages, got, want)
	}
	_, err := Do[listOut](context.Background(), s, list, &listIn{NextToken: ptr("bogus")})
	var api *APIError
	if !errors.As(err, &api) || api.Code != "InvalidNextToken" {
		t.Fatalf("bad token: %v", err)
	}
	structs := &List{Kind: thingKind, Items: "Things"}
	out, err := Do[listThingsOut](context.Background(), s, structs, &listIn{})
	if err != nil || len(out.Things) != 6 || *out.Things[5].Name != "other" || *out.Things[0].Url != want[0] {
		t.Fatalf("list of structures: %+v, %v", out, err)
	}
}

func TestTags(t *testing.T) {
	s := New("Things")
	ctx := context.Background()
	mustCreate(t, s, "tagged")
	arn := "arn:aws:things:us-east-1:000000000000:tagged"
	if _, err := Do[none](ctx, s, &Tag{tagging}, &tagIn{ResourceArn: &arn, Tags: []tag{{Key: ptr("b"), Value: ptr("2")}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Do[none](ctx, s, &Untag{tagging}, &untagIn{ResourceArn: &arn, TagKeys: []string{"run"}}); err != nil {
		t.Fatal(err)
	}
	out, err := Do[listTagsOut](ctx, s, &ListTags{tagging}, &tagIn{ResourceArn: &arn})
	if err != nil || len(out.Tags) != 1 || *out.Tags[0].Key != "b" || *out.Tags[0].Value != "2" {
		t.Fatalf("tags %+v, %v", out, err)
	}
	var nf *notFound
	if _, err := Do[listTagsOut](ctx, s, &ListTags{tagging}, &tagIn{ResourceArn: ptr("arn:nope")}); !errors.As(err, &nf) {
		t.Fatalf("tags of a missing resource: %v", err)
	}
}

func TestChildren(t *testing.T) {
	ctx := context.Background()
	mkChild := &Create{Kind: childKind}
	readChild := &Read{Kind: childKind, Field: "ChildId"}
	type childRef struct{ ChildId *string }

	s := New("Things")
	if _, err := Do[childOut](ctx, s, mkChild, &childIn{ParentUrl: ptr("missing")}); err == nil {
		t.Fatal("a child of a missing parent was created")
	}
	// Without InUse, the parent's delete takes its children along.
	url := mustCreate(t, s, "cascade")
	child, err := Do[childOut](ctx, s, mkChild, &childIn{ParentUrl: &url})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Do[deleteOut](ctx, s, del, &deleteIn{Url: &url}); err != nil {
		t.Fatal(err)
	}
	var api *APIError
	if _, err := Do[none](ctx, s, readChild, &childRef{child.ChildId}); !errors.As(err, &api) || api.Code != "ChildNotFound" {
		t.Fatalf("child after its parent's delete: %v, want ChildNotFound", err)
	}

	// With InUse, it is refused until the children are gone.
	blocking := *thingKind
	blocking.InUse = Coded("DeleteConflict")
	blockingChild := *childKind
	blockingChild.Parent = &Parent{Kind: &blocking, Field: "ParentUrl"}
	made, err := Do[createOut](ctx, s, &Create{Kind: &blocking}, &createIn{Name: ptr("blocked")})
	if err != nil {
		t.Fatal(err)
	}
	url = *made.Url
	child, err = Do[childOut](ctx, s, &Create{Kind: &blockingChild}, &childIn{ParentUrl: &url})
	if err != nil {
		t.Fatal(err)
	}
	delBlocking := &Delete{Kind: &blocking, Field: "Url"}
	if _, err := Do[deleteOut](ctx, s, delBlocking, &deleteIn{Url: &url}); !errors.As(err, &api) || api.Code != "DeleteConflict" {
		t.Fatalf("deleting a parent with a child: %v, want DeleteConflict", err)
	}
	if _, err := Do[deleteOut](ctx, s, &Delete{Kind: &blockingChild, Field: "ChildId"}, &childRef{child.ChildId}); err != nil {
		t.Fatal(err)
	}
	if _, err := Do[deleteOut](ctx, s, delBlocking, &deleteIn{Url: &url}); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentUse(t *testing.T) {
	s := New("Things")
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			url := mustCreate(t, s, fmt.Sprintf("c%d", i))
			if _, err := Do[describeOut](context.Background(), s, describe, &describeIn{Url: &url}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if len(s.records) != 20 {
		t.Fatalf("%d records, want 20", len(s.records))
	}
}

func TestNoStore(t *testing.T) {
	if _, err := Do[createOut](context.Background(), nil, create, &createIn{}); !errors.Is(err, ErrNoStore) {
		t.Fatalf("nil store: %v", err)
	}
}

func TestExpand(t *testing.T) {
	got := Expand("vpc-{hex17}/{name}/{missing}/{hex0}", map[string]string{"name": "n"})
	if len(got) != len("vpc-")+17+len("/n/{missing}/{hex0}") || !strings.HasSuffix(got, "/n/{missing}/{hex0}") {
		t.Fatalf("Expand: %q", got)
	}
	if u := Expand("{uuid}", nil); len(u) != 36 || u[14] != '4' {
		t.Fatalf("uuid %q", u)
	}
	if Partition("cn-north-1") != "aws-cn" || Partition("us-gov-west-1") != "aws-us-gov" || Partition("eu-west-1") != "aws" {
		t.Fatal("Partition")
	}
}

// TestIdentifiers: an output identifier that echoes an input member of its
// name takes its value; a nameless resource identified by its ARN gets a
// random name part.
func TestIdentifiers(t *testing.T) {
	ctx := context.Background()
	s := New("Things")
	hub := &Kind{Name: "Hub", ID: ID{Path: []string{"HubRegion"}, Template: "{uuid}"}}
	type hubIO struct{ HubRegion *string }
	out, err := Do[hubIO](ctx, s, &Create{Kind: hub}, &hubIO{HubRegion: ptr("eu-west-1")})
	if err != nil || *out.HubRegion != "eu-west-1" {
		t.Fatalf("echoed id: %v, %v", out, err)
	}
	portal := &Kind{Name: "Portal", ID: ID{Path: []string{"PortalArn"}, Template: "{arn}"},
		ARN: "arn:{partition}:web:{region}:{account}:portal/{name}"}
	type portalOut struct{ PortalArn *string }
	a, err := Do[portalOut](ctx, s, &Create{Kind: portal}, &none{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Do[portalOut](ctx, s, &Create{Kind: portal}, &none{})
	if err != nil {
		t.Fatal(err)
	}
	prefix := "arn:aws:web:us-east-1:000000000000:portal/"
	if !strings.HasPrefix(*a.PortalArn, prefix) || len(*a.PortalArn) != len(prefix)+12 || *a.PortalArn == *b.PortalArn {
		t.Fatalf("nameless ARNs %q and %q", *a.PortalArn, *b.PortalArn)
	}
}

// TestReadMany: a read naming several resources answers one list element
// each, and an empty list names them all.
func TestReadMany(t *testing.T) {
	ctx := context.Background()
	s := New("Things")
	a, b := mustCreate(t, s, "a"), mustCreate(t, s, "b")
	type manyIn struct{ Urls []string }
	type manyOut struct{ Things []thing }
	read := &Read{Kind: thingKind, Field: "Urls"}
	for _, in := range []*manyIn{{Urls: []string{a, b}}, {}} {
		out, err := Do[manyOut](ctx, s, read, in)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Things) != 2 || *out.Things[0].Url != a || *out.Things[1].Url != b || *out.Things[1].Name != "b" {
			t.Fatalf("read %v: %+v", in.Urls, out.Things)
		}
	}
	if _, err := Do[manyOut](ctx, s, read, &manyIn{Urls: []string{a, "missing"}}); err == nil {
		t.Fatal("a read naming a missing resource succeeded")
	}
}

// TestNestedIdentifier: the structure the identifier is set in first gets
// the resource's other fields too (RolesAnywhere's TrustAnchor.TrustAnchorArn).
func TestNestedIdentifier(t *testing.T) {
	k := &Kind{Name: "Thing", NameField: "Name", ID: ID{Path: []string{"Thing", "Url"}, Template: "u-{hex8}"},
		ARN: "arn:{partition}:things:{region}:{account}:thing/{name}"}
	out, err := Do[describeOut](context.Background(), New("Things"), &Create{Kind: k}, &createIn{Name: ptr("n")})
	if err != nil {
		t.Fatal(err)
	}
	if th := out.Thing; th == nil || !strings.HasPrefix(*th.Url, "u-") || th.ThingArn == nil || *th.Name != "n" {
		t.Fatalf("create output %+v", th)
	}
}
