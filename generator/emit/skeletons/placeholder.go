package skeletons

import (
	"strconv"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// maxPlaceholderDepth bounds how far placeholders follow lists and maps of
// lists; recursive shapes end in an empty value there.
const maxPlaceholderDepth = 3

// placeholder is a Go expression of m's type that compiles once the line
// is uncommented (with the imports goimports adds): "__Name__" strings, the
// first enum value, one-element lists, one-entry maps, empty structures.
func placeholder(m *ir.Member) string {
	return value(m.Target, m.Go.Type, m.Name, 0)
}

func value(sh *ir.Shape, t ir.GoType, name string, depth int) string {
	ptr := t.Kind == ir.GoPointer
	if ptr {
		t = *t.Elem
	}
	typ := t.String()
	switch {
	case sh == nil:
		return "nil"
	case t.Kind == ir.GoSlice && sh.Kind == ir.KindBlob:
		return `[]byte("__` + name + `__")`
	case t.Kind == ir.GoSlice:
		if depth >= maxPlaceholderDepth || sh.Member == nil {
			return typ + "{}"
		}
		return typ + "{" + value(sh.Member.Target, *t.Elem, name, depth+1) + "}"
	case t.Kind == ir.GoMap:
		if depth >= maxPlaceholderDepth || sh.Value == nil {
			return typ + "{}"
		}
		return typ + `{"__key__": ` + value(sh.Value.Target, *t.Elem, name, depth+1) + "}"
	case sh.Kind == ir.KindEnum || sh.Kind == ir.KindIntEnum:
		if len(sh.Enum) > 0 && sh.Enum[0].GoName != "" && sh.EnumConstants(t) {
			return typ[:strings.IndexByte(typ, '.')+1] + sh.Enum[0].GoName
		}
		if sh.Kind == ir.KindEnum && len(sh.Enum) > 0 {
			return typ + "(" + strconv.Quote(sh.Enum[0].Value) + ")"
		}
		return typ + "(0)"
	case sh.Kind == ir.KindStructure:
		return addr(ptr) + typ + "{}"
	case sh.Kind == ir.KindUnion:
		for _, um := range sh.Members {
			if !um.Go.Skip && um.Target != nil {
				pkg := typ[:strings.IndexByte(typ, '.')+1]
				return "&" + pkg + um.Go.FieldName + "{Value: " + value(um.Target, um.Go.Type, name, depth+1) + "}"
			}
		}
		return "nil"
	case sh.Kind == ir.KindTimestamp && ptr:
		return "aws.Time(time.Now())"
	case sh.Kind == ir.KindTimestamp:
		return "time.Now()"
	case t.Kind != ir.GoBasic:
		return "nil" // documents, streams, big numbers
	}
	var lit string
	switch t.Name {
	case "string":
		lit = `"__` + name + `__"`
	case "bool":
		lit = "true"
	default:
		lit = "1"
	}
	if !ptr {
		return lit
	}
	// aws.String, aws.Int32, aws.Bool …: the SDK's helpers.
	return "aws." + strings.ToUpper(t.Name[:1]) + t.Name[1:] + "(" + lit + ")"
}

func addr(ptr bool) string {
	if ptr {
		return "&"
	}
	return ""
}
