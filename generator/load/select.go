package load

import (
	"bytes"
	"regexp"
	"slices"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
)

// PathsFor returns Filter(Paths(paths), names), or Paths(paths) when names
// is empty, without decoding the model
// files that cannot hold a selected service: a file whose sdkId and
// endpoint prefix, read by a cheap scan of its text, match none of names is
// skipped. Files whose ids the scan cannot read are loaded in full, so the
// result is the same; only the time differs (one service out of a directory
// of 402 Smithy models: a scan instead of 402 decodes).
func PathsFor(paths, names []string) ([]*ir.Service, error) {
	if len(names) == 0 {
		return Paths(paths)
	}
	if slices.ContainsFunc(names, func(n string) bool { return normalize(n) == "all" }) {
		svcs, err := Paths(paths)
		if err != nil {
			return nil, err
		}
		return Filter(svcs, names)
	}
	files, err := collect(paths)
	if err != nil {
		return nil, err
	}
	keep := make([]bool, len(files))
	parallel(len(files), func(i int) {
		id, ok := peekIDs(files[i].path)
		keep[i] = !ok || slices.ContainsFunc(names, func(n string) bool { return id.matches(normalize(n)) })
	})
	var selected []file
	for i, f := range files {
		if keep[i] {
			selected = append(selected, f)
		}
	}
	svcs, err := loadFiles(selected)
	if err != nil {
		return nil, err
	}
	return Filter(svcs, names)
}

// ids are what Filter matches a service by.
type ids struct{ sdkID, endpointPrefix string }

func (id ids) matches(key string) bool {
	return key != "" && (key == normalize(id.sdkID) || id.endpointPrefix != "" && key == normalize(id.endpointPrefix))
}

var (
	// Smithy: the aws.api#service trait object, whose members are all strings.
	reServiceTrait = regexp.MustCompile(`"aws\.api#service"\s*:\s*\{([^{}]*)\}`)
	reSDKID        = regexp.MustCompile(`"sdkId"\s*:\s*"([^"\\]*)"`)
	// botocore: metadata's serviceId and endpointPrefix.
	reServiceID      = regexp.MustCompile(`"serviceId"\s*:\s*"([^"\\]*)"`)
	reEndpointPrefix = regexp.MustCompile(`"endpointPrefix"\s*:\s*"([^"\\]*)"`)
)

// peekIDs reads a model's sdkId and endpoint prefix from its text; ok is
// false when it cannot tell (other JSON, an escaped string, several
// services in one file), and the caller then loads the file in full.
func peekIDs(path string) (ids, bool) {
	data, err := modelfile.ReadFile(path)
	if err != nil {
		return ids{}, false
	}
	if traits := reServiceTrait.FindAllSubmatch(data, 2); len(traits) == 1 {
		sdk := reSDKID.FindSubmatch(traits[0][1])
		if sdk == nil {
			return ids{}, false
		}
		id := ids{sdkID: string(sdk[1])}
		if ep := reEndpointPrefix.FindSubmatch(traits[0][1]); ep != nil {
			id.endpointPrefix = string(ep[1])
		}
		return id, true
	}
	if !bytes.Contains(data, []byte(`"metadata"`)) {
		return ids{}, false
	}
	sid, ep := reServiceID.FindSubmatch(data), reEndpointPrefix.FindSubmatch(data)
	if sid == nil || ep == nil {
		return ids{}, false
	}
	return ids{sdkID: string(sid[1]), endpointPrefix: string(ep[1])}, true
}
