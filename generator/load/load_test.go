package load

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/internal/loadtest"
	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/models"
)

// smithyModel is a minimal Smithy model of a service with the given sdkId.
func smithyModel(sdkID string) string {
	return `{"smithy": "2.0", "shapes": {
  "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Op"}],
    "traits": {"aws.api#service": {"sdkId": "` + sdkID + `", "endpointPrefix": "ex"}, "aws.protocols#restJson1": {}}},
  "ex#Op": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"}}}}`
}

// botocoreModel is a minimal botocore model of a service with the given
// serviceId and API version.
func botocoreModel(serviceID, version string) string {
	return `{"version": "2.0", "metadata": {"apiVersion": "` + version + `", "protocol": "query", "serviceId": "` + serviceID + `", "endpointPrefix": "bc"},
  "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}}}, "shapes": {}}`
}

// writeFiles creates files (gzipped when the name ends in .gz) under a new
// temporary directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data = buf.Bytes()
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestPathsDetectsFormats(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"smithy/zeta.json":                             smithyModel("Zeta"),
		"smithy/alpha.json.gz":                         smithyModel("Alpha"),
		"botocore/mid/2019-01-01/service-2.json":       botocoreModel("Mid", "2019-01-01"),
		"botocore/mid/2021-06-30/service-2.json.gz":    botocoreModel("Mid", "2021-06-30"),
		"botocore/mid/2021-06-30/waiters-2.json":       `{"version": 2, "waiters": {"Done": {"operation": "Op", "delay": 3, "maxAttempts": 5}}}`,
		"botocore/mid/2021-06-30/examples-1.json":      `{"version": "1.0", "examples": {}}`,
		"sdkv1/models/apis/old/2015-01-01/api-2.json":  botocoreModel("Old", "2015-01-01"),
		"sdkv1/models/apis/old/2015-01-01/docs-2.json": `{"version": "2.0", "service": "x", "operations": {}}`,
		"botocore/endpoints.json":                      `{"partitions": []}`,
		"notes.txt":                                    "not json",
	})
	svcs, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ SDKID, Version, Source string }
	var got []row
	for _, s := range svcs {
		rel, _ := filepath.Rel(dir, s.Source)
		got = append(got, row{s.SDKID, s.APIVersion, filepath.ToSlash(rel)})
	}
	want := []row{
		{"Alpha", "1", "smithy/alpha.json.gz"},
		{"Mid", "2021-06-30", "botocore/mid/2021-06-30/service-2.json.gz"},
		{"Old", "2015-01-01", "sdkv1/models/apis/old/2015-01-01/api-2.json"},
		{"Zeta", "1", "smithy/zeta.json"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("services (-want +got):\n%s", diff)
	}
	if mid := svcs[1]; len(mid.Waiters) != 1 || mid.Waiters[0].MaxAttempts != 5 {
		t.Errorf("Mid waiters = %v, want Done from the sibling waiters-2.json", mid.Waiters)
	}

	// A file named directly is loaded even beside others, and must be a model.
	one, err := Paths([]string{filepath.Join(dir, "botocore/mid/2019-01-01/service-2.json")})
	if err != nil || len(one) != 1 || one[0].APIVersion != "2019-01-01" {
		t.Errorf("Paths(old version file) = %v, %v; want that version", one, err)
	}
	_, err = Paths([]string{filepath.Join(dir, "botocore/endpoints.json")})
	assertFileError(t, err, filepath.Join(dir, "botocore/endpoints.json"), "not a Smithy JSON AST or botocore service model")
}

// TestPathsGzipSiblings: a gzipped botocore model reads its gzipped
// waiters-2.json.gz beside it.
func TestPathsGzipSiblings(t *testing.T) {
	svcs, err := Paths([]string{"botocore/testdata/gz/service-2.json.gz"})
	if err != nil {
		t.Fatal(err)
	}
	if svc := svcs[0]; len(svcs) != 1 || len(svc.Waiters) != 2 || len(svc.Paginators) != 0 || svc.Operation("PutThing") == nil {
		t.Errorf("gz model: %d services, %d waiters, %d paginators; want 1 with 2 waiters from waiters-2.json.gz and none", len(svcs), len(svc.Waiters), len(svc.Paginators))
	}
}

func TestPathsDuplicates(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a/model.json": smithyModel("Same"),
		"b/model.json": smithyModel("Same"), // byte-identical copy: dropped
	})
	svcs, err := Paths([]string{dir})
	if err != nil || len(svcs) != 1 || svcs[0].Source != filepath.Join(dir, "a/model.json") {
		t.Errorf("Paths(identical copies) = %v, %v; want one service from a/model.json", svcs, err)
	}

	dir = writeFiles(t, map[string]string{
		"a/model.json":                    smithyModel("Same"),
		"b/svc/2020-01-01/service-2.json": botocoreModel("Same", "2020-01-01"),
	})
	svcs, err = Paths([]string{dir})
	assertFileError(t, err, filepath.Join(dir, "b/svc/2020-01-01/service-2.json"), `service "Same" is also defined, differently, in `+filepath.Join(dir, "a/model.json"))
	if svcs != nil {
		t.Errorf("Paths returned %d services with the error", len(svcs))
	}
}

func TestPathsReportsEveryBrokenFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.json":     smithyModel("Good"),
		"cut.json":      smithyModel("Cut")[:120],
		"dangling.json": strings.Replace(smithyModel("Dangling"), `"target": "ex#Op"`, `"target": "ex#Gone"`, 1),
	})
	svcs, err := Paths([]string{dir})
	if svcs != nil {
		t.Errorf("Paths returned %d services with errors", len(svcs))
	}
	if err == nil {
		t.Fatal("Paths succeeded on broken models")
	}
	msg := err.Error()
	for _, want := range []string{
		filepath.Join(dir, "cut.json") + `: $.shapes["ex#Svc"]: truncated JSON: input ends at line 3, column 6`,
		filepath.Join(dir, "dangling.json") + `: $.shapes["ex#Svc"].operations[0].target: operation "ex#Gone" is not defined`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q\ndoes not contain %q", msg, want)
		}
	}
	_, err = Paths([]string{filepath.Join(dir, "missing")})
	assertFileError(t, err, filepath.Join(dir, "missing"), "no such file")
}

func assertFileError(t *testing.T, err error, file, msg string) {
	t.Helper()
	var e *ir.Error
	if !errors.As(err, &e) || e.File != file || !strings.Contains(e.Msg, msg) {
		t.Errorf("error = %v\nwant *ir.Error for %s containing %q", err, file, msg)
	}
}

func TestFilter(t *testing.T) {
	svcs := []*ir.Service{
		{SDKID: "CloudWatch Logs", EndpointPrefix: "logs"},
		{SDKID: "DynamoDB", EndpointPrefix: "dynamodb"},
		{SDKID: "DynamoDB Streams", EndpointPrefix: "streams.dynamodb"},
		{SDKID: "SQS", EndpointPrefix: "sqs"},
	}
	tests := []struct {
		names []string
		want  []string
		err   string
	}{
		{names: []string{"all"}, want: []string{"CloudWatch Logs", "DynamoDB", "DynamoDB Streams", "SQS"}},
		{names: []string{"sqs", "cloudwatchlogs"}, want: []string{"CloudWatch Logs", "SQS"}},
		{names: []string{"CloudWatch Logs"}, want: []string{"CloudWatch Logs"}},
		{names: []string{"cloudwatch-logs", "LOGS", " sqs "}, want: []string{"CloudWatch Logs", "SQS"}},
		{names: []string{"dynamodbstreams"}, want: []string{"DynamoDB Streams"}},
		{names: []string{"streams.dynamodb", "dynamodb"}, want: []string{"DynamoDB", "DynamoDB Streams"}},
		{names: []string{"sqs", "nosuch", "", "s4"}, err: `unknown service name(s) "nosuch", "s4"`},
		{names: []string{"all", "nosuch"}, err: `unknown service name(s) "nosuch"`},
	}
	for _, tt := range tests {
		got, err := Filter(svcs, tt.names)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) || got != nil {
				t.Errorf("Filter(%q) = %v, %v; want error containing %q", tt.names, got, err, tt.err)
			}
			continue
		}
		var ids []string
		for _, s := range got {
			ids = append(ids, s.SDKID)
		}
		if err != nil || !cmp.Equal(ids, tt.want) {
			t.Errorf("Filter(%q) = %q, %v; want %q", tt.names, ids, err, tt.want)
		}
	}
}

// TestPathsSelectingEqualsFilterOfPaths: skipping files by their scanned
// ids changes nothing but the time, for Smithy and botocore directories
// alike.
func TestPathsSelectingEqualsFilterOfPaths(t *testing.T) {
	for _, dir := range []string{loadtest.SmithyDir(t), loadtest.BotocoreDir(t)} {
		all, err := Paths([]string{dir})
		if err != nil {
			t.Fatal(err)
		}
		for _, names := range [][]string{{"sqs"}, {"CloudWatch Logs", "logs", "dynamodb"}, {"all", "sqs"}} {
			want, err := Filter(all, names)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Paths([]string{dir}, names...)
			if err != nil {
				t.Fatalf("Paths(%s, %q): %v", dir, names, err)
			}
			if len(got) != len(want) || len(got) == 0 {
				t.Fatalf("Paths(%s, %q) = %d services, Filter(Paths) = %d", dir, names, len(got), len(want))
			}
			for i := range got {
				if got[i].SDKID != want[i].SDKID || got[i].Source != want[i].Source || len(got[i].Operations) != len(want[i].Operations) {
					t.Errorf("Paths(%s, %q)[%d] = %s from %s, want %s from %s", dir, names, i, got[i].SDKID, got[i].Source, want[i].SDKID, want[i].Source)
				}
			}
		}
		if _, err := Paths([]string{dir}, "nosuch"); err == nil || !strings.Contains(err.Error(), `"nosuch"`) {
			t.Errorf("Paths with an unknown name: %v, want an error naming it", err)
		}
	}
}

// manifestFS is a model set with a manifest listing files and their sums.
func manifestFS(t *testing.T, files map[string]string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	var m modelset.Manifest
	for _, name := range slices.Sorted(maps.Keys(files)) {
		fsys[name] = &fstest.MapFile{Data: []byte(files[name])}
		sum := sha256.Sum256([]byte(files[name]))
		m.Files = append(m.Files, modelset.File{Path: name, SHA256: hex.EncodeToString(sum[:])})
	}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	fsys[modelset.ManifestName] = &fstest.MapFile{Data: data}
	return fsys
}

// TestFS: the embedded-set path selects as Paths does, before decoding (a
// broken model of a service not selected is never decoded), and checks
// every file it reads against the manifest.
func TestFS(t *testing.T) {
	broken := strings.Replace(botocoreModel("Broken", "2020-01-01"), `"protocol": "query"`, `"protocol": "nope"`, 1)
	fsys := manifestFS(t, map[string]string{
		"mid/2021-06-30/service-2.json": botocoreModel("Mid", "2021-06-30"),
		"mid/2021-06-30/waiters-2.json": `{"version": 2, "waiters": {"Done": {"operation": "Op", "delay": 3, "maxAttempts": 5}}}`,
		"brk/2020-01-01/service-2.json": broken,
		"zeta/1/zeta.json":              smithyModel("Zeta"),
	})
	got, err := FS(fsys, "models", "mid", "zeta")
	if err != nil || len(got) != 2 || got[0].SDKID != "Mid" || got[1].SDKID != "Zeta" || len(got[0].Waiters) != 1 {
		t.Fatalf("FS(mid, zeta) = %v, %v; want Mid with its waiter and Zeta", got, err)
	}
	if got[1].Source != "models/zeta/1/zeta.json" {
		t.Errorf("Source = %s, want the name-prefixed path", got[1].Source)
	}
	_, err = FS(fsys, "models")
	assertFileError(t, err, "models/brk/2020-01-01/service-2.json", `unknown protocol "nope"`)
	if _, err := FS(fsys, "models", "mid", "nosuch"); err == nil || !strings.Contains(err.Error(), `unknown service name(s) "nosuch"`) {
		t.Errorf("FS with an unknown name: %v", err)
	}
	fsys["zeta/1/zeta.json"] = &fstest.MapFile{Data: []byte(smithyModel("Zeta2"))}
	_, err = FS(fsys, "models", "zeta2")
	assertFileError(t, err, "models/zeta/1/zeta.json", "manifest says")
}

// TestFSEmbedded loads the embedded default set, all and by name.
func TestFSEmbedded(t *testing.T) {
	all, err := FS(models.FS, "models")
	if err != nil {
		t.Fatal(err)
	}
	// By endpoint prefix and by package name, as Filter selects.
	got, err := FS(models.FS, "models", "logs", "sqs")
	if err != nil || len(got) != 2 || got[0].SDKID != "CloudWatch Logs" || got[1].SDKID != "SQS" {
		t.Errorf("logs,sqs loaded %v, %v; want CloudWatch Logs and SQS of the %d", got, err, len(all))
	}
}
