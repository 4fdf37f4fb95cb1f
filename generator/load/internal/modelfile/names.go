package modelfile

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// Budget counts the shape-graph work of one file (shapes, members,
// operations, resources and error references built) against MaxShapeWork.
type Budget struct {
	File  string
	spent int
}

// Spend counts n units and fails, with an *ir.Error naming the file and
// path(), once the total passes MaxShapeWork.
func (b *Budget) Spend(n int, path func() string) error {
	if b.spent += n; b.spent > MaxShapeWork {
		return &ir.Error{File: b.File, Path: path(),
			Msg: fmt.Sprintf("building the file's services takes more than the limit of %d shapes, members and references", MaxShapeWork)}
	}
	return nil
}

// CheckName fails, with an *ir.Error naming file and path(), for a shape,
// member, operation, resource or waiter name that cannot become a Go
// identifier: it must be ASCII letters, digits and underscores, not start
// with a digit, and hold a letter (Go names drop what precedes the first
// letter, so "__1" would be nothing). Smithy's own grammar is this, less
// the letter; no AWS model has another name. path is a function because
// building every path would cost more than the check.
func CheckName(file, name string, path func() string) error {
	if why := nameProblem(name); why != "" {
		return &ir.Error{File: file, Path: path(), Msg: why}
	}
	return nil
}

func nameProblem(name string) string {
	letter := false
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case c == '_', '0' <= c && c <= '9' && i > 0:
		default:
			return fmt.Sprintf("name %q cannot be a Go identifier: want ASCII letters, digits and '_', not starting with a digit", name)
		}
	}
	if !letter {
		return fmt.Sprintf("name %q cannot be a Go identifier: it has no letter", name)
	}
	return ""
}

// CheckSDKID fails, with an *ir.Error naming file and path, for an sdkId
// that cannot name a Go package and its import path: the package name is
// the sdkId lower-cased without spaces and dashes, so the sdkId must be
// ASCII letters, digits, spaces and dashes, starting with a letter, and
// not make a Go keyword.
func CheckSDKID(file, sdkID, path string) error {
	if why := sdkIDProblem(sdkID); why != "" {
		return &ir.Error{File: file, Path: path, Msg: why}
	}
	return nil
}

func sdkIDProblem(sdkID string) string {
	for i := 0; i < len(sdkID); i++ {
		switch c := sdkID[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == ' ' || c == '-'):
		default:
			return fmt.Sprintf("sdkId %q cannot name a Go package: want ASCII letters, digits, spaces and dashes, starting with a letter", sdkID)
		}
	}
	if sdkID == "" {
		return "empty sdkId cannot name a Go package"
	}
	// The package name, as golang.PackageName makes it, must not be a
	// keyword ("Type" → type).
	if pkg := strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(sdkID)); token.IsKeyword(pkg) {
		return fmt.Sprintf("sdkId %q cannot name a Go package: %s is a Go keyword", sdkID, pkg)
	}
	return ""
}

// Scope finds names that become one Go identifier: within one structure's
// members, or a service's operations or type names ("foo" and "Foo",
// "__Foo" and "Foo", or "a#Foo" and "b#Foo" are all Foo in Go).
type Scope map[string]string

// Add records that id is named name (which CheckName accepts) and returns
// another id of the scope whose name gives the same Go identifier, or "".
func (s Scope) Add(id, name string) string {
	// The identifier is the name from its first letter on, with that letter
	// upper-cased (golang.ExportName).
	key := strings.TrimLeft(name, "_0123456789")
	key = strings.ToUpper(key[:1]) + key[1:]
	if other, ok := s[key]; ok && other != id {
		return other
	}
	s[key] = id
	return ""
}
