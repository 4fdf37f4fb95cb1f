package smithy

import (
	"errors"
	"testing"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
)

// FuzzLoad checks that no input panics, that failures are *ir.Error values
// without partial results, that successes are fully resolved, and that the
// two JSON decoders agree (see decode). Seeds are in testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDecodersAgree(t, "fuzz.json", data)
		svcs, err := Load("fuzz.json", data)
		if err != nil {
			var e *ir.Error
			if !errors.As(err, &e) || e.File != "fuzz.json" {
				t.Fatalf("error %v (%T) is not an *ir.Error naming the file", err, err)
			}
			if svcs != nil {
				t.Fatalf("%d services returned with error %v", len(svcs), err)
			}
			return
		}
		for _, svc := range svcs {
			loadtest.CheckResolved(t, svc)
		}
	})
}
