package botocore

import (
	"errors"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
)

// FuzzLoad checks that no combination of service, waiters and paginators
// documents panics, that failures are *ir.Error values without a partial
// result, and that successes are fully resolved. Seeds are in
// testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	f.Fuzz(func(t *testing.T, service, waiters, paginators []byte) {
		svc, err := Load("service-2.json", service, waiters, paginators)
		if err != nil {
			var e *ir.Error
			if !errors.As(err, &e) || e.File == "" {
				t.Fatalf("error %v (%T) is not an *ir.Error naming a file", err, err)
			}
			if svc != nil {
				t.Fatalf("service returned with error %v", err)
			}
			return
		}
		loadtest.CheckResolved(t, svc)
	})
}
