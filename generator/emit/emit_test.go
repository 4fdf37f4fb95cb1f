package emit_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
)

// TestRuntimeDefinesSupportConstant: the constant every generated file
// references exists in the runtime of this checkout, so generated code
// compiles against it and fails only against an older runtime.
func TestRuntimeDefinesSupportConstant(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../../runtime/stub/stub.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if obj := f.Scope.Lookup(emit.RuntimeSupport); obj == nil || obj.Kind != ast.Con {
		t.Errorf("runtime/stub/stub.go does not declare the constant %s that generated code references", emit.RuntimeSupport)
	}
}
