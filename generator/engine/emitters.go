package engine

import (
	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/emit/stubs"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
)

// Emitter produces the files of one service.
type Emitter func(svc *ir.Service) ([]fileset.File, error)

// Emitters run for every service, in order.
var Emitters = []Emitter{
	one(stubs.Emit),
	fixtures.Emit,
}

func one(f func(*ir.Service) (fileset.File, error)) Emitter {
	return func(svc *ir.Service) ([]fileset.File, error) {
		file, err := f(svc)
		if err != nil {
			return nil, err
		}
		return []fileset.File{file}, nil
	}
}
