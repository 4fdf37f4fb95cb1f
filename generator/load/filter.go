package load

import (
	"fmt"
	"slices"
	"strings"

	"github.com/awsparity/awsparity/generator/ir"
)

// Filter returns the services that names select, in the order of svcs.
// A name matches case-insensitively, ignoring spaces, '-' and '_', the
// SDKID ("CloudWatch Logs", "cloudwatchlogs", "cloudwatch-logs") or the
// endpoint prefix ("logs"). "all" selects every service. Names that match
// nothing are an error listing them all, even next to "all".
func Filter(svcs []*ir.Service, names []string) ([]*ir.Service, error) {
	selected := make(map[*ir.Service]bool)
	var unknown []string
	all := false
	for _, name := range names {
		key := normalize(name)
		if key == "" {
			continue
		}
		if key == "all" {
			all = true
			continue
		}
		found := false
		for _, svc := range svcs {
			if (ids{sdkID: svc.SDKID, endpointPrefix: svc.EndpointPrefix}).matches(key) {
				selected[svc] = true
				found = true
			}
		}
		if !found {
			unknown = append(unknown, fmt.Sprintf("%q", name))
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown service name(s) %s: use an sdkId such as %q, its lower-case form, or an endpoint prefix",
			strings.Join(unknown, ", "), "CloudWatch Logs")
	}
	if all {
		return svcs, nil
	}
	var out []*ir.Service
	for _, svc := range svcs {
		if selected[svc] {
			out = append(out, svc)
		}
	}
	return out, nil
}

// selects reports whether names (none selects all) select a service with
// these ids, as Filter would.
func selects(names []string, id ids) bool {
	return len(names) == 0 || slices.ContainsFunc(names, func(n string) bool {
		key := normalize(n)
		return key == "all" || id.matches(key)
	})
}

// ids are what Filter matches a service by.
type ids struct{ sdkID, endpointPrefix string }

func (id ids) matches(key string) bool {
	return key != "" && (key == normalize(id.sdkID) || id.endpointPrefix != "" && key == normalize(id.endpointPrefix))
}

// normalize lower-cases s and drops the separators that differ between an
// sdkId, its Go package name and what people type.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '_':
			return -1
		}
		return r
	}, strings.ToLower(strings.TrimSpace(s)))
}
