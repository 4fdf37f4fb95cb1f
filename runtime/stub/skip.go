package stub

import (
	"errors"
	"testing"
)

// SkipIfNotImplemented skips the test when err says the in-process
// implementation lacks the operation: a fake that does not implement an
// operation is a gap to fill, not a failure of the code under test. Any
// other error, including nil, is left to the caller.
//
//	out, err := client.GetQueueUrl(ctx, in)
//	stub.SkipIfNotImplemented(t, err)
//	if err != nil {
//		t.Fatal(err)
//	}
func SkipIfNotImplemented(t testing.TB, err error) {
	t.Helper()
	var ni *NotImplementedError
	if errors.As(err, &ni) {
		t.Skipf("%s.%s is not implemented by the in-process fake; implement it there, or run against an emulator or AWS", ni.Service, ni.Operation)
	}
}
