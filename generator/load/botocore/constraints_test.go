package botocore

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/ir"
)

func ptr[T any](v T) *T { return &v }

// TestLoadConstraints: min and max bound lengths of strings, blobs, lists
// and maps and values of numbers; pattern reaches the IR.
func TestLoadConstraints(t *testing.T) {
	svc := loadOne(t, doc(`"In": {"type": "structure", "members": {"S": {"shape": "S"}, "N": {"shape": "N"}, "L": {"shape": "L"}, "D": {"shape": "D"}}},
		"S": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z]+$"},
		"N": {"type": "integer", "min": 0, "max": 100},
		"D": {"type": "double", "min": 0.5},
		"L": {"type": "list", "member": {"shape": "S"}, "min": 2}`))
	for _, c := range []struct {
		shape string
		want  ir.Constraints
	}{
		{"S", ir.Constraints{MinLength: ptr[int64](1), MaxLength: ptr[int64](64), Pattern: "^[a-z]+$"}},
		{"N", ir.Constraints{Min: ptr(0.0), Max: ptr(100.0)}},
		{"D", ir.Constraints{Min: ptr(0.5)}},
		{"L", ir.Constraints{MinLength: ptr[int64](2)}},
	} {
		if diff := cmp.Diff(c.want, svc.Shape(c.shape).Constraints); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.shape, diff)
		}
	}
}
