package modelset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultUpstream is where aws-sdk-go-v2 keeps the Smithy models each of its
// releases was generated from; {release} is replaced by the release tag.
const DefaultUpstream = "https://raw.githubusercontent.com/aws/aws-sdk-go-v2/{release}/codegen/sdk-codegen/aws-models"

// UpstreamEnv overrides DefaultUpstream for `maint models-sync` (and the weekly
// workflow), e.g. with a mirror or a local checkout's aws-models directory.
const UpstreamEnv = "AWSPARITY_UPSTREAM"

// Upstream is a source of Smithy models named <sdk-id>.json: a URL prefix
// (http, https, file) or a local directory, where <sdk-id>.json.gz is read
// too.
type Upstream struct {
	// Base is the URL prefix or directory; "{release}" in it is replaced by Release.
	Base    string
	Release string
	// Client fetches http(s) URLs; nil means http.DefaultClient.
	Client *http.Client
}

// Location is Base with the release filled in.
func (u Upstream) Location() string { return strings.ReplaceAll(u.Base, "{release}", u.Release) }

// Stem is the upstream file name, without .json, of a service: its sdkId
// lowercased with spaces turned into dashes ("CloudWatch Logs" →
// cloudwatch-logs), as in aws-sdk-go-v2's codegen/sdk-codegen/aws-models.
func Stem(sdkID string) string { return strings.ReplaceAll(strings.ToLower(sdkID), " ", "-") }

// Fetch returns the model of the service with file stem stem.
func (u Upstream) Fetch(ctx context.Context, stem string) ([]byte, error) {
	loc := u.Location()
	name := stem + ".json"
	if strings.HasPrefix(loc, "http://") || strings.HasPrefix(loc, "https://") {
		return u.get(ctx, strings.TrimSuffix(loc, "/")+"/"+name)
	}
	dir := loc
	if strings.HasPrefix(loc, "file:") {
		p, err := url.Parse(loc)
		if err != nil {
			return nil, fmt.Errorf("upstream %s: %w", loc, err)
		}
		dir = filepath.FromSlash(p.Path)
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		// A local mirror may keep the models compressed, as
		// aws/api-models-aws snapshots often are.
		if data, err = readMaybeGz(dir, name); err == nil {
			return data, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("upstream %s: %w", loc, err)
	}
	return data, nil
}

func (u Upstream) get(ctx context.Context, rawURL string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	client := u.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetching %s: %s", rawURL, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", rawURL, err)
	}
	return data, nil
}

// SyncUpstream replaces the model files under dst with the Smithy models of
// the services sdkIDs at release rel, fetched from the upstream base (see
// Upstream.Base), and bumps their aws-sdk-go-v2 modules to rel's versions
// with mods (nil leaves go.mod alone), so the models never run ahead of the
// SDK. Files are stored as <stem>/<api version>/<stem>.json (the layout the
// embedded model set expects) and the manifest records base and rel.Tag.
//
// Every model is fetched and checked (a Smithy document with one service of
// that sdkId) before anything is changed, and go.mod is updated before the
// models are written, so a failure leaves dst as it was.
func SyncUpstream(ctx context.Context, base string, rel *Release, mods Modules, sdkIDs []string, dst string) (*Manifest, error) {
	u := Upstream{Base: base, Release: rel.Tag}
	m := &Manifest{Source: base, Version: rel.Tag}
	staged := map[string][]byte{}
	ids := append([]string(nil), sdkIDs...)
	sort.Slice(ids, func(i, j int) bool { return Stem(ids[i]) < Stem(ids[j]) })
	var specs []string
	for _, id := range ids {
		stem := Stem(id)
		data, err := u.Fetch(ctx, stem)
		if err != nil {
			return nil, err
		}
		where := u.Location() + "/" + stem + ".json"
		info, err := smithyService(where, data)
		if err != nil {
			return nil, err
		}
		if info.sdkID != id {
			return nil, fmt.Errorf("%s: service %s has sdkId %q, want %q", where, info.id, info.sdkID, id)
		}
		mod := SDKModule(id)
		v, ok := rel.Versions[mod]
		if !ok {
			return nil, fmt.Errorf("release %s: no version chosen for %s", rel.Tag, mod)
		}
		specs = append(specs, mod+"@"+v)
		p := path.Join(stem, info.version, stem+".json")
		staged[p] = data
		m.Services = append(m.Services, stem)
		m.Files = append(m.Files, File{Path: p, SHA256: sum(data)})
	}
	if mods != nil {
		if err := mods.Get(specs); err != nil {
			return nil, err
		}
	}
	return m, write(m, staged, dst)
}

// write replaces dst's service directories with the staged files and writes
// the manifest.
func write(m *Manifest, staged map[string][]byte, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if err := removeServiceDirs(dst); err != nil {
		return err
	}
	for _, f := range m.Files {
		target := filepath.Join(dst, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, staged[f.Path], 0o644); err != nil {
			return err
		}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, ManifestName), append(data, '\n'), 0o644)
}

type serviceInfo struct{ id, sdkID, version string }

// smithyService reads the one service shape of a Smithy JSON AST document:
// its shape ID, aws.api#service sdkId and API version.
func smithyService(file string, data []byte) (serviceInfo, error) {
	var doc struct {
		Smithy string `json:"smithy"`
		Shapes map[string]struct {
			Type    string `json:"type"`
			Version string `json:"version"`
			Traits  struct {
				Service *struct {
					SDKID string `json:"sdkId"`
				} `json:"aws.api#service"`
			} `json:"traits"`
		} `json:"shapes"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return serviceInfo{}, fmt.Errorf("%s: not JSON: %w", file, err)
	}
	if doc.Smithy == "" {
		return serviceInfo{}, fmt.Errorf("%s: $.smithy missing: not a Smithy JSON AST model", file)
	}
	var found []serviceInfo
	for id, sh := range doc.Shapes {
		if sh.Type != "service" {
			continue
		}
		if sh.Traits.Service == nil || sh.Traits.Service.SDKID == "" {
			return serviceInfo{}, fmt.Errorf("%s: $.shapes[%q].traits: no aws.api#service sdkId", file, id)
		}
		if sh.Version == "" {
			return serviceInfo{}, fmt.Errorf("%s: $.shapes[%q].version: missing", file, id)
		}
		found = append(found, serviceInfo{id: id, sdkID: sh.Traits.Service.SDKID, version: sh.Version})
	}
	if len(found) != 1 {
		return serviceInfo{}, fmt.Errorf("%s: $.shapes: %d service shapes, want exactly one", file, len(found))
	}
	return found[0], nil
}

// SDKIDs returns the sdkId of every service in the model set, sorted,
// whichever format its files have.
func (m *Manifest) SDKIDs(fsys fs.FS) ([]string, error) {
	var ids []string
	for _, f := range m.Files {
		base := path.Base(f.Path)
		if base == "waiters-2.json" || base == "paginators-1.json" {
			continue
		}
		data, err := fs.ReadFile(fsys, f.Path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ManifestName, err)
		}
		if base == "service-2.json" {
			var doc struct {
				Metadata struct {
					ServiceID string `json:"serviceId"`
				} `json:"metadata"`
			}
			if err := json.Unmarshal(data, &doc); err != nil {
				return nil, fmt.Errorf("%s: %w", f.Path, err)
			}
			if doc.Metadata.ServiceID == "" {
				return nil, fmt.Errorf("%s: $.metadata.serviceId: missing", f.Path)
			}
			ids = append(ids, doc.Metadata.ServiceID)
			continue
		}
		info, err := smithyService(f.Path, data)
		if err != nil {
			return nil, err
		}
		ids = append(ids, info.sdkID)
	}
	sort.Strings(ids)
	return ids, nil
}
