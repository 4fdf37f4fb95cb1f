package modelset

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/internal/testenv"
)

func smithyDoc(sdkID, version string) []byte {
	return fmt.Appendf(nil, `{"smithy":"2.0","shapes":{"com.amazonaws.x#Svc":{"type":"service","version":%q,
"traits":{"aws.api#service":{"sdkId":%q}}}}}`, version, sdkID)
}

// fakeModules answers from a table of module → version → commit day and
// records go get calls.
type fakeModules struct {
	versions map[string]map[string]string // module → version → "2006-01-02"
	pinned   map[string]string
	got      [][]string
}

func (f *fakeModules) Info(mod, query string) (string, time.Time, error) {
	switch query {
	case "":
		query = f.pinned[mod]
	case "latest":
		var best [3]int
		for v := range f.versions[mod] {
			if n, _ := parseVersion(v); less(best, n) {
				best, query = n, v
			}
		}
	}
	day, ok := f.versions[mod][query]
	if !ok {
		return "", time.Time{}, fmt.Errorf("%s@%s: unknown", mod, query)
	}
	t, err := time.Parse("2006-01-02", day)
	return query, t.Add(20 * time.Hour), err
}

func (f *fakeModules) Versions(mod string) ([]string, error) {
	var out []string
	for v := range f.versions[mod] {
		out = append(out, v)
	}
	return append(out, "v9.0.0-rc1"), nil
}

func (f *fakeModules) Get(specs []string) error {
	f.got = append(f.got, specs)
	return nil
}

const (
	sqsMod  = SDKModulePrefix + "sqs"
	logsMod = SDKModulePrefix + "cloudwatchlogs"
)

func newFake() *fakeModules {
	return &fakeModules{
		versions: map[string]map[string]string{
			sqsMod:  {"v1.52.8": "2026-10-01", "v1.52.9": "2026-11-04", "v1.52.10": "2026-11-20"},
			logsMod: {"v1.91.1": "2026-11-04", "v1.9.0": "2020-01-01"},
		},
		pinned: map[string]string{sqsMod: "v1.52.8", logsMod: "v1.9.0"},
	}
}

func TestChooseRelease(t *testing.T) {
	mods := []string{sqsMod, logsMod}
	for _, tc := range []struct {
		query string
		want  Release
	}{
		{"latest", Release{Tag: "release-2026-11-20", Versions: map[string]string{sqsMod: "v1.52.10", logsMod: "v1.91.1"}}},
		{"pinned", Release{Tag: "release-2026-10-01", Versions: map[string]string{sqsMod: "v1.52.8", logsMod: "v1.9.0"}}},
		{"release-2026-11-04", Release{Tag: "release-2026-11-04", Versions: map[string]string{sqsMod: "v1.52.9", logsMod: "v1.91.1"}}},
		{"release-2026-11-03", Release{Tag: "release-2026-11-03", Versions: map[string]string{sqsMod: "v1.52.8", logsMod: "v1.9.0"}}},
	} {
		got, err := ChooseRelease(newFake(), mods, tc.query)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if diff := cmp.Diff(tc.want, *got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.query, diff)
		}
	}
	for _, bad := range []string{"release-2019-01-01", "release-2026-13-01", "v1.2.3"} {
		if _, err := ChooseRelease(newFake(), mods, bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestSyncUpstream(t *testing.T) {
	models := map[string][]byte{
		"sqs.json":             smithyDoc("SQS", "2012-11-05"),
		"cloudwatch-logs.json": smithyDoc("CloudWatch Logs", "2014-03-28"),
	}
	var requested []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requested = append(requested, r.URL.Path)
		data, ok := models[strings.TrimPrefix(r.URL.Path, "/aws/release-2026-11-04/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	local := t.TempDir()
	for name, data := range models {
		if err := os.WriteFile(filepath.Join(local, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := &Release{Tag: "release-2026-11-04", Versions: map[string]string{sqsMod: "v1.52.9", logsMod: "v1.91.1"}}
	for _, base := range []string{srv.URL + "/aws/{release}", local, "file://" + filepath.ToSlash(local)} {
		t.Run(base, func(t *testing.T) {
			dst := t.TempDir()
			// A botocore-layout service dir from an earlier sync must go.
			if err := os.MkdirAll(filepath.Join(dst, "logs", "2014-03-28"), 0o755); err != nil {
				t.Fatal(err)
			}
			fake := newFake()
			m, err := SyncUpstream(context.Background(), base, rel, fake, []string{"SQS", "CloudWatch Logs"}, dst)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{"cloudwatch-logs", "sqs"}, m.Services); diff != "" {
				t.Errorf("services (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([][]string{{logsMod + "@v1.91.1", sqsMod + "@v1.52.9"}}, fake.got); diff != "" {
				t.Errorf("go get (-want +got):\n%s", diff)
			}
			read, err := ReadManifest(os.DirFS(dst))
			if err != nil {
				t.Fatal(err)
			}
			if err := read.Verify(os.DirFS(dst)); err != nil {
				t.Error(err)
			}
			wantFiles := []string{"cloudwatch-logs/2014-03-28/cloudwatch-logs.json", "sqs/2012-11-05/sqs.json"}
			var gotFiles []string
			for _, f := range read.Files {
				gotFiles = append(gotFiles, f.Path)
			}
			if diff := cmp.Diff(wantFiles, gotFiles); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if read.Source != base || read.Version != "release-2026-11-04" {
				t.Errorf("manifest source %q version %q", read.Source, read.Version)
			}
			if _, err := os.Stat(filepath.Join(dst, "logs")); !os.IsNotExist(err) {
				t.Errorf("old service dir logs/ still there (%v)", err)
			}
			ids, err := read.SDKIDs(os.DirFS(dst))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{"CloudWatch Logs", "SQS"}, ids); diff != "" {
				t.Errorf("SDKIDs (-want +got):\n%s", diff)
			}
		})
	}
	if len(requested) != 2 {
		t.Errorf("http requests = %q, want the two models", requested)
	}
}

func TestSyncUpstreamFailureChangesNothing(t *testing.T) {
	local := t.TempDir()
	if err := os.WriteFile(filepath.Join(local, "sqs.json"), smithyDoc("SQS", "2012-11-05"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(local, "sns.json"), smithyDoc("SNS v2", "2010-03-31"), 0o644); err != nil {
		t.Fatal(err)
	}
	rel := &Release{Tag: "release-2026-11-04", Versions: map[string]string{sqsMod: "v1.52.9", SDKModulePrefix + "sns": "v1.47.8", SDKModulePrefix + "kms": "v1"}}
	for _, tc := range []struct {
		ids  []string
		want string
	}{
		{[]string{"SQS", "KMS"}, "kms.json"},
		{[]string{"SQS", "SNS"}, `has sdkId "SNS v2", want "SNS"`},
		{[]string{"SQS", "Lambda"}, "lambda.json"},
	} {
		dst := t.TempDir()
		keep := filepath.Join(dst, "sqs", "2012-11-05", "service-2.json")
		if err := os.MkdirAll(filepath.Dir(keep), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(keep, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
		fake := newFake()
		_, err := SyncUpstream(context.Background(), local, rel, fake, tc.ids, dst)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one mentioning %q", tc.ids, err, tc.want)
		}
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%v: failed sync touched the models dir: %v", tc.ids, err)
		}
		if len(fake.got) != 0 {
			t.Errorf("%v: failed sync ran go get %v", tc.ids, fake.got)
		}
	}
}

func TestStemAndModule(t *testing.T) {
	for sdkID, want := range map[string][2]string{
		"CloudWatch Logs":  {"cloudwatch-logs", SDKModulePrefix + "cloudwatchlogs"},
		"API Gateway":      {"api-gateway", SDKModulePrefix + "apigateway"},
		"DynamoDB Streams": {"dynamodb-streams", SDKModulePrefix + "dynamodbstreams"},
		"SFN":              {"sfn", SDKModulePrefix + "sfn"},
	} {
		if got := [2]string{Stem(sdkID), SDKModule(sdkID)}; got != want {
			t.Errorf("%s: got %q, want %q", sdkID, got, want)
		}
	}
}

// TestGoCommandPinned derives the release of this repository's own go.mod
// from the module cache alone.
func TestGoCommandPinned(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		testenv.Missing(t, "go command not found")
	}
	g := GoCommand{Dir: filepath.Join("..", ".."), Env: []string{"GOPROXY=off"}}
	rel, err := ChooseRelease(g, []string{sqsMod}, ReleasePinned)
	if err != nil {
		testenv.Missing(t, "module cache lacks the pinned SDK: %v", err)
	}
	v, tm, err := g.Info(sqsMod, rel.Versions[sqsMod])
	if err != nil {
		t.Fatal(err)
	}
	if want := "release-" + tm.UTC().Format("2006-01-02"); rel.Tag != want || v != rel.Versions[sqsMod] {
		t.Errorf("release %+v, want tag %s for %s", rel, want, v)
	}
	if _, _, err := g.Info(SDKModulePrefix+"nosuchservice", ""); err == nil {
		t.Error("Info of a module go.mod does not require: no error")
	}
}

func TestReleaseSpecs(t *testing.T) {
	rel := &Release{Tag: "release-2026-11-04", Versions: map[string]string{sqsMod: "v1.52.9", logsMod: "v1.91.1"}}
	if diff := cmp.Diff([]string{logsMod + "@v1.91.1", sqsMod + "@v1.52.9"}, rel.Specs()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
