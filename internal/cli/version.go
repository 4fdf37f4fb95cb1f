package cli

import (
	"runtime/debug"
	"strings"
)

// Version says which generator is running, from the build information the
// go command stamps into every binary: the module version when it was
// built as a dependency (`go run …/cmd/gen@v0.3.0`), otherwise "(devel)"
// with the VCS revision, its time and "+dirty" for uncommitted changes.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown (no build information)"
	}
	return version(info)
}

func version(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	var parts []string
	if rev := settings["vcs.revision"]; rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if settings["vcs.modified"] == "true" {
			rev += "+dirty"
		}
		parts = append(parts, rev)
	}
	if t := settings["vcs.time"]; t != "" {
		parts = append(parts, t)
	}
	parts = append(parts, info.GoVersion)
	return info.Main.Path + " " + v + " (" + strings.Join(parts, ", ") + ")"
}
