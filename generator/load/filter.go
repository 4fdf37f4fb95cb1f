package load

import (
	"cmp"
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
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		return nil, &UnknownServicesError{Names: unknown, Near: near(svcs, unknown)}
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

// UnknownServicesError is Filter's error for names that select nothing.
type UnknownServicesError struct {
	Names []string
	// Near maps a name to the sdkIds closest to it, best first.
	Near map[string][]string
}

func (e *UnknownServicesError) Error() string {
	quoted := make([]string, len(e.Names))
	var hints []string
	for i, n := range e.Names {
		quoted[i] = fmt.Sprintf("%q", n)
		if near := e.Near[n]; len(near) > 0 {
			hints = append(hints, fmt.Sprintf("%q: did you mean %s?", n, strings.Join(quote(near), " or ")))
		}
	}
	msg := fmt.Sprintf("unknown service name(s) %s: use an sdkId such as %q, its lower-case form, or an endpoint prefix",
		strings.Join(quoted, ", "), "CloudWatch Logs")
	if len(hints) > 0 {
		msg += "; " + strings.Join(hints, "; ")
	}
	return msg
}

func quote(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}

// near returns, for each name, up to three sdkIds of svcs whose normalized
// form or endpoint prefix is within a third of the name's length in edit
// distance (at least 1), or starts with the name.
func near(svcs []*ir.Service, names []string) map[string][]string {
	out := map[string][]string{}
	for _, name := range names {
		key := normalize(name)
		limit := max(1, len(key)/3)
		type cand struct {
			id   string
			dist int
		}
		var cands []cand
		for _, svc := range svcs {
			best := -1
			for _, k := range []string{normalize(svc.SDKID), normalize(svc.EndpointPrefix)} {
				if k == "" {
					continue
				}
				d := editDistance(key, k)
				if strings.HasPrefix(k, key) && len(key) >= 3 {
					d = min(d, 1)
				}
				if d <= limit && (best < 0 || d < best) {
					best = d
				}
			}
			if best >= 0 {
				cands = append(cands, cand{svc.SDKID, best})
			}
		}
		slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Or(a.dist-b.dist, strings.Compare(a.id, b.id)) })
		for i := 0; i < len(cands) && i < 3; i++ {
			out[name] = append(out[name], cands[i].id)
		}
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
