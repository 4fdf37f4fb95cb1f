package smithy

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/awsparity/awsparity/generator/load/internal/modelfile"
	"github.com/awsparity/awsparity/internal/scale"
)

// checkDecodersAgree fails when goccy/go-json decodes data into anything
// but what encoding/json does; goccy failing is allowed (decode then uses
// encoding/json) and reported as false.
func checkDecodersAgree(t *testing.T, name string, data []byte) bool {
	t.Helper()
	fast := decodeFast(data)
	if fast == nil {
		return false
	}
	std, err := decodeStd(data)
	if err != nil {
		t.Fatalf("%s: goccy/go-json decoded what encoding/json refuses: %v", name, err)
	}
	if !reflect.DeepEqual(fast, std) {
		t.Fatalf("%s: goccy/go-json and encoding/json decode differently", name)
	}
	return true
}

// TestDecodersAgree decodes every shared Smithy model and the fuzz seeds
// with both decoders: the fast one must decode every AWS model (or the
// speed is lost) into exactly what encoding/json gives.
func TestDecodersAgree(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(scale.ModelsDir(t), "*.json.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no shared models: %v", err)
	}
	for _, f := range files {
		data, err := modelfile.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !checkDecodersAgree(t, f, data) {
			t.Errorf("%s: goccy/go-json failed on an AWS model", f)
		}
	}
	seeds, _ := filepath.Glob("testdata/*.json")
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkDecodersAgree(t, f, data)
	}
}
