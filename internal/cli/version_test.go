package cli

import (
	"runtime/debug"
	"testing"
)

func TestVersion(t *testing.T) {
	for _, tc := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/awsparity/awsparity", Version: "v0.3.0"}},
			"github.com/awsparity/awsparity v0.3.0 (go1.26.8)"},
		{debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/awsparity/awsparity", Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "1cfde73a2b3c4d5e6f708192a3b4c5d6e7f80912"}, {Key: "vcs.time", Value: "2026-12-06T07:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"github.com/awsparity/awsparity (devel) (1cfde73a2b3c+dirty, 2026-12-06T07:00:00Z, go1.26.8)"},
	} {
		if got := version(&tc.info); got != tc.want {
			t.Errorf("version = %q, want %q", got, tc.want)
		}
	}
}
