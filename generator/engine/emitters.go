package engine

import (
	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/emit/skeletons"
	"github.com/awsparity/awsparity/generator/emit/stubs"
	"github.com/awsparity/awsparity/generator/emit/transformers"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// Emitter produces the files of one service.
type Emitter func(svc *ir.Service, out Output) ([]fileset.File, error)

// Emitters run for every service, in order.
var Emitters = []Emitter{
	one(stubs.Emit),
	many(fixtures.Emit),
	one(transformers.Emit),
	func(svc *ir.Service, out Output) ([]fileset.File, error) {
		if out.ImportPath == "" {
			return nil, nil // no enclosing module: see output
		}
		return skeletons.Emit(svc, out.ImportPath, out.Templates)
	},
}

func one(f func(*ir.Service) (fileset.File, error)) Emitter {
	return func(svc *ir.Service, _ Output) ([]fileset.File, error) {
		file, err := f(svc)
		if err != nil {
			return nil, err
		}
		return []fileset.File{file}, nil
	}
}

// many adapts an emitter that needs nothing but the service.
func many(f func(*ir.Service) ([]fileset.File, error)) Emitter {
	return func(svc *ir.Service, _ Output) ([]fileset.File, error) { return f(svc) }
}
