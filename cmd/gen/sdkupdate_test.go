package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPinnedSDKIDs: the services sdk-update moves are the service modules
// go.mod requires directly; those the config module brings along (sts, sso)
// are not the user's, and a module with none says how to name them.
func TestPinnedSDKIDs(t *testing.T) {
	dir := t.TempDir()
	gomod := `module example.com/shop

go 1.24

require (
	github.com/aws/aws-sdk-go-v2/service/dynamodb v1.40.0
	github.com/aws/aws-sdk-go-v2/service/sqs v1.38.0
)

require github.com/aws/aws-sdk-go-v2/service/sts v1.33.0 // indirect
`
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	ids, err := pinnedSDKIDs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"DynamoDB", "SQS"}; !slices.Equal(ids, want) {
		t.Errorf("pinnedSDKIDs = %q, want %q", ids, want)
	}

	none := t.TempDir()
	if err := os.WriteFile(filepath.Join(none, "go.mod"), []byte("module example.com/none\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := pinnedSDKIDs(none); err == nil || !strings.Contains(err.Error(), "-services") {
		t.Errorf("pinnedSDKIDs without service modules: error %v, want one pointing at -services", err)
	}
}
