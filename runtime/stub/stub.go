// Package stub is what generated operation stubs call: the uniform
// NotImplemented error and the middleware that routes an aws-sdk-go-v2
// client's calls to an in-process implementation.
//
// Tests use NotImplementedError, ErrorCode, the Err… values and
// SkipIfNotImplemented. Dispatch, Answer, Bind and Route are plumbing for
// generated code: their signatures change when the generator needs it,
// together with SupportPackageIsVersion.
package stub

import (
	"context"
	"errors"
	"fmt"

	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
)

// SupportPackageIsVersion1 is referenced by every file awsparity
// generates (const _ = stub.SupportPackageIsVersion1), as grpc's generated
// code references grpc.SupportPackageIsVersionN: a runtime older than the
// generated code then fails to compile naming this constant, instead of
// with a puzzling error about some other missing name. The number grows
// when generated code starts to need something new of the runtime; older
// constants stay, so older generated code keeps compiling.
const SupportPackageIsVersion1 = true

// ErrorCode is the code every unimplemented operation answers with. It is
// deliberately not LocalStack's InternalFailure, so a parity test can tell a
// missing operation from a broken one.
const ErrorCode = "NotImplemented"

// NotImplementedError is returned by every method of a generated
// Unimplemented… type. It satisfies smithy.APIError.
type NotImplementedError struct {
	Service   string
	Operation string
}

// NotImplemented returns the error for service.operation.
func NotImplemented(service, operation string) error {
	return &NotImplementedError{Service: service, Operation: operation}
}

func (e *NotImplementedError) Error() string {
	return fmt.Sprintf("api error %s: %s", ErrorCode, e.ErrorMessage())
}

// ErrorCode implements smithy.APIError.
func (e *NotImplementedError) ErrorCode() string { return ErrorCode }

// ErrorMessage implements smithy.APIError.
func (e *NotImplementedError) ErrorMessage() string {
	return e.Service + "." + e.Operation + " is not implemented"
}

// ErrorFault implements smithy.APIError: the fake, not the caller, is missing something.
func (e *NotImplementedError) ErrorFault() smithy.ErrorFault { return smithy.FaultServer }

var _ smithy.APIError = (*NotImplementedError)(nil)

// ErrNilOutput reports an implementation that returned neither an output nor
// an error. The SDK would dereference the nil output, so Route turns it into
// this error instead of letting the caller panic far from the bug.
var ErrNilOutput = errors.New("implementation returned a nil output and a nil error")

// ErrNotEmbeddedByValue is what every call answers when the implementation
// bound with a generated WithServer is nil or embeds a nil
// *UnimplementedServer. Each operation such an implementation leaves to the
// stubs would dereference that nil pointer deep inside an SDK call, far from
// the mistake, so Bind names the mistake on every call instead.
var ErrNotEmbeddedByValue = errors.New("WithServer was given a nil implementation or one embedding a nil *UnimplementedServer; embed UnimplementedServer by value")

// Dispatch calls the implementation's method for operation with the typed
// input the SDK built. Generated code provides it as a switch over operation
// names; handled is false for an operation the dispatcher does not know.
// For generated code.
type Dispatch func(ctx context.Context, operation string, input any) (output any, handled bool, err error)

// Answer is how a generated Dispatch returns an implementation's result. It
// keeps a typed nil output out of the any it returns, so that Route can tell
// a missing output from a present one without reflection. For generated
// code.
func Answer[T any](out *T, err error) (output any, handled bool, _ error) {
	switch {
	case err != nil:
		return nil, true, err
	case out == nil:
		return nil, true, ErrNilOutput
	}
	return out, true, nil
}

// Bind is Route for a generated WithServer. embedded calls the
// implementation's mustEmbedUnimplementedServer method, which panics exactly
// when the implementation is nil or embeds a nil *UnimplementedServer; then
// every call fails with ErrNotEmbeddedByValue. For generated code.
func Bind(service string, embedded func(), dispatch Dispatch) func(*middleware.Stack) error {
	if !returns(embedded) {
		dispatch = func(context.Context, string, any) (any, bool, error) { return nil, true, ErrNotEmbeddedByValue }
	}
	return Route(service, dispatch)
}

// returns reports whether f returns instead of panicking.
func returns(f func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}

// routeID names Route's middleware in the stack.
const routeID = "awsparity.Route"

// Route returns an APIOptions entry that answers every call of the client
// in-process through dispatch: no serialization, no signing, no network.
// For generated code (WithServer calls it through Bind). It
// sits at the end of the Initialize step so the SDK's own input validation
// and idempotency-token filling still run, as they would against a server;
// the later steps (endpoint resolution, signing, retries, transport) never
// run, so the client needs neither credentials nor a region.
//
// A later Route replaces an earlier one, as later SDK options override
// earlier ones: a binding passed to one call wins over the client's. Without
// this the first binding in the stack would answer and the later one be
// silently ignored.
func Route(service string, dispatch Dispatch) func(*middleware.Stack) error {
	return func(stack *middleware.Stack) error {
		if _, ok := stack.Initialize.Get(routeID); ok {
			if _, err := stack.Initialize.Remove(routeID); err != nil {
				return err
			}
		}
		return stack.Initialize.Add(middleware.InitializeMiddlewareFunc(routeID,
			func(ctx context.Context, in middleware.InitializeInput, _ middleware.InitializeHandler) (
				middleware.InitializeOutput, middleware.Metadata, error,
			) {
				op := awsmiddleware.GetOperationName(ctx)
				out, handled, err := dispatch(ctx, op, in.Parameters)
				switch {
				case !handled:
					err = NotImplemented(service, op)
				case errors.Is(err, ErrNilOutput):
					err = fmt.Errorf("%s.%s: %w", service, op, err)
				}
				return middleware.InitializeOutput{Result: out}, middleware.Metadata{}, err
			}), middleware.After)
	}
}
