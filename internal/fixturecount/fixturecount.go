// Package fixturecount counts fixtures in what the fixtures emitter really
// writes, not in what detection found, for the tables `gen resources
// -table` and `maint services` print.
package fixturecount

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"

	"github.com/awsparity/awsparity/generator/emit/fixtures"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/resources"
)

// Emitted returns the names of the functions in svc's emitted fixture file.
func Emitted(svc *ir.Service, ov *resources.Overrides) (map[string]bool, error) {
	files, err := fixtures.EmitWith(svc, ov)
	if err != nil {
		return nil, err
	}
	funcs := map[string]bool{}
	for _, f := range files {
		parsed, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Content, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("%s: emitted %s does not parse: %w", svc.SDKID, f.Path, err)
		}
		for _, d := range parsed.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil {
				funcs[fn.Name.Name] = true
			}
		}
	}
	return funcs, nil
}
