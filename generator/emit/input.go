package emit

import (
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// Input is everything emitters read about one service. The engine builds
// it once per service and run (names resolved against the pinned SDK,
// resources detected with the run's fixtures file) and hands the same value
// to every emitter, which must not look anywhere else.
type Input struct {
	Service *ir.Service
	// Resources are the service's resources, overrides applied, sorted by
	// name: one fixture each.
	Resources []resources.Resource
	// FixturesFile names the fixtures file the resources' recipes come
	// from, for errors.
	FixturesFile string
	// ImportPath is the import path of the output directory, "" when it is
	// not inside a Go module.
	ImportPath string
	// Packages are the Go package names of every service in the run, by
	// sdkId: fixtures create resources of other services through them.
	Packages map[string]string
	// Exists reports whether a user-owned file (path relative to the output
	// directory) is there already: the run keeps it as it is, so an
	// emitter returns it without Content instead of rendering it. Nil
	// means none is.
	Exists func(path string) bool
}

// Kept returns the user-owned file at path without content when in.Exists
// says it is there already, so the emitter can skip rendering it.
func (in *Input) Kept(path string) (fileset.File, bool) {
	if in.Exists == nil || !in.Exists(path) {
		return fileset.File{}, false
	}
	return fileset.File{Path: path, UserOwned: true, Formatted: true}, true
}

// Emitter turns one service's input into files. It is a pure function of
// its input: the engine runs emitters concurrently.
type Emitter func(in *Input) ([]fileset.File, error)
