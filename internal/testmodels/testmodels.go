// Package testmodels loads the embedded default models once per test
// binary, with Go names predicted, for generator tests that need real
// services.
package testmodels

import (
	"sync"
	"testing"

	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/models"
)

var defaults = sync.OnceValues(func() ([]*ir.Service, error) {
	svcs, err := load.FS(models.FS, "models")
	if err != nil {
		return nil, err
	}
	for _, s := range svcs {
		if err := golang.Predict(s); err != nil {
			return nil, err
		}
	}
	return svcs, nil
})

// Service returns the default model of sdkID, failing t when there is none.
func Service(t testing.TB, sdkID string) *ir.Service {
	t.Helper()
	svcs, err := defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range svcs {
		if s.SDKID == sdkID {
			return s
		}
	}
	t.Fatalf("no %s in the default models", sdkID)
	return nil
}

// Resources returns svc's resources as the engine finds them with the
// embedded overrides, and the overrides file's name.
func Resources(t testing.TB, svc *ir.Service) ([]resources.Resource, string) {
	t.Helper()
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	found, err := resources.Find(svc, ov)
	if err != nil {
		t.Fatal(err)
	}
	return found, ov.File
}
