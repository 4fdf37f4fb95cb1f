// Package sweep finds and deletes what test runs left behind (Terraform's
// sweepers). Each generated helper package has a Sweep function that lists
// the service's resources named with the fixture prefix and, only when
// asked with Delete, deletes them with the fixture's own delete call:
//
//	found, err := dynamodbtest.Sweep(ctx, client)                 // list only
//	found, err := dynamodbtest.Sweep(ctx, client, sweep.Delete()) // delete too
//
// A sweep deletes whatever carries the prefix, including the resources of a
// test run still going: run it when none is. It refuses a client that
// would reach AWS (no custom endpoint, or an AWS host) unless
// TEST_TARGET=AWS_CLOUD and ConfirmAWS are both given.
package sweep

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/awsparity/awsparity/runtime/fixture"
	"github.com/awsparity/awsparity/runtime/target"
)

// DefaultPrefix starts every name a generated fixture makes.
const DefaultPrefix = "awsparity-"

// Option adjusts a sweep.
type Option func(*settings)

type settings struct {
	delete     bool
	confirmAWS bool
	prefix     string
	timeout    time.Duration
}

// Delete deletes what the sweep finds; without it a sweep only lists.
func Delete() Option { return func(s *settings) { s.delete = true } }

// ConfirmAWS is the second confirmation, beside TEST_TARGET=AWS_CLOUD, that
// a sweep may list and delete in a real AWS account.
func ConfirmAWS() Option { return func(s *settings) { s.confirmAWS = true } }

// Prefix replaces DefaultPrefix; an empty prefix is refused.
func Prefix(p string) Option { return func(s *settings) { s.prefix = p } }

// Timeout bounds each delete, retries included; default
// fixture.DefaultCleanupTimeout.
func Timeout(d time.Duration) Option { return func(s *settings) { s.timeout = d } }

// Found is one resource a sweep found.
type Found struct {
	Service, Resource string
	// ID is what the delete call takes: a name, URL or ARN.
	ID      string
	Deleted bool
	// Err is why the delete failed; nil when it succeeded or was not asked.
	Err error
}

func (f Found) String() string {
	state := "found"
	switch {
	case f.Err != nil:
		state = "delete failed: " + f.Err.Error()
	case f.Deleted:
		state = "deleted"
	}
	return fmt.Sprintf("%s %s %s: %s", f.Service, f.Resource, f.ID, state)
}

// Sweeper collects one service's findings; generated Sweep functions use it.
type Sweeper struct {
	service string
	s       settings
	found   []Found
	errs    []error
}

// Start checks the options and the endpoint the client will call (nil: the
// SDK's AWS endpoint) before anything is sent.
func Start(service string, endpoint *string, opts ...Option) (*Sweeper, error) {
	s := settings{prefix: DefaultPrefix, timeout: fixture.DefaultCleanupTimeout}
	for _, o := range opts {
		o(&s)
	}
	if s.prefix == "" {
		return nil, fmt.Errorf("sweep %s: empty prefix: it would match every resource", service)
	}
	if target.IsAWSEndpoint(endpoint) {
		kind, err := target.Current()
		if err != nil {
			return nil, fmt.Errorf("sweep %s: %w", service, err)
		}
		if kind != target.AWS || !s.confirmAWS {
			where := "no custom endpoint: the SDK would call AWS"
			if endpoint != nil && *endpoint != "" {
				where = "endpoint " + *endpoint + " is AWS's"
			}
			return nil, fmt.Errorf("sweep %s: refusing to reach AWS (%s) without both %s=AWS_CLOUD and sweep.ConfirmAWS (gen sweep -aws)",
				service, where, target.EnvTarget)
		}
	}
	return &Sweeper{service: service, s: s}, nil
}

// Matches reports whether id names a resource of a test run: its last
// path or ARN segment (a queue URL's or topic ARN's name) starts with the
// prefix.
func (sw *Sweeper) Matches(id string) bool {
	name := id[strings.LastIndexAny(id, "/:")+1:]
	return strings.HasPrefix(name, sw.s.prefix)
}

// Consider records id when it matches and, with Delete, deletes it with
// del, retrying throttling and in-use errors within Timeout; NotFound
// counts as deleted.
func (sw *Sweeper) Consider(ctx context.Context, resource, id string, del func(ctx context.Context, id string) error) {
	if !sw.Matches(id) {
		return
	}
	f := Found{Service: sw.service, Resource: resource, ID: id}
	if sw.s.delete {
		dctx, cancel := context.WithTimeout(ctx, sw.s.timeout)
		f.Err = fixture.Retry(dctx, fixture.Policy{}, func(ctx context.Context) error {
			if err := del(ctx, id); err != nil && !fixture.IsNotFound(err) {
				return err
			}
			return nil
		})
		cancel()
		f.Deleted = f.Err == nil
	}
	sw.found = append(sw.found, f)
}

// unsupported are the codes of an endpoint that does not know the listing
// (fauxqs, dynalite and kinesalite, the generated stubs): it cannot hold
// such resources either, so that listing is no failure.
var unsupported = []string{"InvalidAction", "UnknownOperationException", "NotImplemented", "UnsupportedOperation"}

// ListFailed records that resource could not be listed; the sweep goes on
// with the other resources.
func (sw *Sweeper) ListFailed(resource string, err error) {
	if code, ok := fixture.ErrorCode(err); ok && slices.Contains(unsupported, code) {
		return
	}
	sw.errs = append(sw.errs, fmt.Errorf("listing %s %ss: %w", sw.service, resource, err))
}

// Done returns what was found, and an error when a listing or a delete
// failed.
func (sw *Sweeper) Done() ([]Found, error) {
	errs := sw.errs
	for _, f := range sw.found {
		if f.Err != nil {
			errs = append(errs, fmt.Errorf("deleting %s %s %s: %w", f.Service, f.Resource, f.ID, f.Err))
		}
	}
	if len(errs) == 0 {
		return sw.found, nil
	}
	return sw.found, fmt.Errorf("sweep %s: %w", sw.service, errors.Join(errs...))
}
