package engine

import (
	"runtime"
	"sync"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// ServiceStats is what generation yields for one service: the -v detect
// line sums them and `gen services` tabulates them in docs/services.md.
type ServiceStats struct {
	SDKID   string
	Package string
	// SDKVersion is the pinned SDK module version the names were checked
	// against; empty when they are predicted from the model alone.
	SDKVersion string
	// Operations the stubs have: the model's operations the SDK has.
	Operations int
	// Resources are the top-level resources found; each gets a fixture.
	Resources []resources.Resource
	// RecipeMissing names the fixtures whose create input has required
	// members that neither a unique name nor a recipe fills, so the caller
	// must set them.
	RecipeMissing []string
}

// Detect finds every service's top-level resources with the embedded
// overrides, as the fixtures emitter does, concurrently; svcs must have
// their Go names resolved.
func Detect(svcs []*ir.Service) ([]ServiceStats, error) {
	ov, err := resources.Default()
	if err != nil {
		return nil, err
	}
	for _, svc := range svcs {
		if err := ov.Check(svc); err != nil {
			return nil, err
		}
	}
	stats := make([]ServiceStats, len(svcs))
	parallel(len(svcs), func(i int) {
		svc := svcs[i]
		s := ServiceStats{SDKID: svc.SDKID, Package: svc.Go.PackageName, SDKVersion: svc.Go.SDKVersion,
			Operations: len(emit.Operations(svc)), Resources: resources.Detect(svc, ov)}
		for j := range s.Resources {
			if r := &s.Resources[j]; len(r.Unset(svc)) > 0 {
				s.RecipeMissing = append(s.RecipeMissing, r.Fixture())
			}
		}
		stats[i] = s
	})
	return stats, nil
}

// parallel calls f(0) … f(n-1) on GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
