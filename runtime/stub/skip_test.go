package stub

import (
	"errors"
	"fmt"
	"testing"
)

func TestSkipIfNotImplemented(t *testing.T) {
	cases := []struct {
		name string
		err  error
		skip bool
	}{
		{"nil", nil, false},
		{"other error", errors.New("AccessDenied"), false},
		{"not implemented", NotImplemented("SQS", "GetQueueUrl"), true},
		{"wrapped", fmt.Errorf("operation error SQS: GetQueueUrl: %w", NotImplemented("SQS", "GetQueueUrl")), true},
	}
	for _, c := range cases {
		var sub *testing.T
		reached := false
		t.Run(c.name, func(t *testing.T) {
			sub = t
			SkipIfNotImplemented(t, c.err)
			reached = true
		})
		if sub.Skipped() != c.skip {
			t.Errorf("%s: Skipped() = %v, want %v", c.name, sub.Skipped(), c.skip)
		}
		if reached == c.skip {
			t.Errorf("%s: the code after SkipIfNotImplemented ran = %v, want %v", c.name, reached, !c.skip)
		}
	}
}
