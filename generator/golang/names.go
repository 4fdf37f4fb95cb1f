package golang

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/awsparity/awsparity/generator/ir"
)

// sdkModulePrefix is where every aws-sdk-go-v2 service module lives.
const sdkModulePrefix = "github.com/aws/aws-sdk-go-v2/service/"

// PackageName is the SDK package of a service: its sdkId lowercased with
// spaces and dashes removed ("CloudWatch Logs" → cloudwatchlogs).
func PackageName(sdkID string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(strings.ToLower(sdkID))
}

// ExportName is smithy-go's identifier for a shape or member name: leading
// characters that cannot start an identifier are dropped and the first
// letter is upper-cased. Nothing else changes (no initialism rules: QueueUrl
// stays QueueUrl).
func ExportName(name string) string {
	i := strings.IndexFunc(name, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	name = name[i:]
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}

// enumWordSep splits enum names into words. Underscores separate words too:
// that is what the SDK's constants show (ALL_NEW → AllNew).
var enumWordSep = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// EnumConstName is the SDK constant for one enum value: the type name
// followed by each word of the symbolic name (the value when the model has
// no name, as botocore does not) with its first letter upper-cased; words
// with no lower-case letter are lower-cased first, so ALL_NEW → AllNew while
// AWSTraceHeader stays AWSTraceHeader. Checked against all 2,974 constants
// of the default services whose Smithy models are in the shared folder.
func EnumConstName(typeName, name string) string {
	var b strings.Builder
	b.WriteString(typeName)
	for _, w := range enumWordSep.Split(name, -1) {
		if w == "" {
			continue
		}
		if strings.ToUpper(w) == w {
			w = strings.ToLower(w)
		}
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	return b.String()
}

// UnionMemberName is the struct type of one union member, e.g.
// AttributeValueMemberS.
func UnionMemberName(unionType, member string) string {
	return unionType + "Member" + ExportName(member)
}

// unknownUnionMember is the SDK's catch-all union member type.
const unknownUnionMember = "UnknownUnionMember"

// errorMethods are the methods of SDK error types; members of error shapes
// with these names get a trailing underscore. ErrorMessage is not among
// them in smithy-go (its error types read the synthesized Message field).
var errorMethods = map[string]bool{"Error": true, "ErrorCode": true, "ErrorFault": true, "Unwrap": true}

// fieldNames are the SDK fields of a structure's members, in order.
func fieldNames(container *ir.Shape) []string {
	names := make([]string, len(container.Members))
	for i, m := range container.Members {
		names[i] = ExportName(m.Name)
	}
	// Error types expose Get<Member>/Has<Member> accessors, so a member
	// named like another member's accessor is escaped.
	var accessors map[string]bool
	if container.ErrorFault != "" {
		accessors = make(map[string]bool, 2*len(names))
		for _, n := range names {
			accessors["Get"+n], accessors["Has"+n] = true, true
		}
	}
	for i, name := range names {
		// The only member name reserved in every struct: it would shadow
		// the String method every SDK type has.
		if name == "String" {
			name = "String_"
		}
		if container.ErrorFault != "" && (accessors[name] || errorMethods[name]) {
			name += "_"
		}
		names[i] = name
	}
	return names
}

// typeNames assigns GoShape.TypeName for every shape of svc. Names that
// collide with generated union member types (or UnknownUnionMember) are
// escaped with a trailing underscore, as smithy-go does.
func typeNames(svc *ir.Service) {
	reserved := map[string]bool{unknownUnionMember: true}
	for _, sh := range svc.Shapes {
		if sh.Kind == ir.KindUnion {
			for _, m := range sh.Members {
				reserved[UnionMemberName(ExportName(sh.Name), m.Name)] = true
			}
		}
	}
	for _, sh := range svc.Shapes {
		name := ExportName(sh.Name)
		if reserved[name] {
			name += "_"
		}
		sh.Go.TypeName = name
	}
}
