package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCoverageCommand(t *testing.T) {
	page := filepath.Join(t.TempDir(), "coverage.html")
	var stdout, stderr bytes.Buffer
	code := run([]string{"coverage", "-C", "../..", "-html", page, "github.com/awsparity/awsparity/examples/fakes/sqsfake"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "| SQS | `github.com/awsparity/awsparity/examples/fakes/sqsfake.Server` |") {
		t.Errorf("markdown lacks the SQS row:\n%s", stdout.String())
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(html, []byte("<li>ChangeMessageVisibility</li>")) {
		t.Errorf("HTML page lacks ChangeMessageVisibility")
	}
}

func TestCoverageCommandErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"coverage"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: gen coverage") {
		t.Errorf("no arguments: exit %d, stderr %q; want 2 and usage", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"coverage", "-C", "../..", "github.com/awsparity/awsparity/runtime/stub"}, &stdout, &stderr); code != 1 ||
		!strings.Contains(stderr.String(), "embeds a generated UnimplementedServer") {
		t.Errorf("package without implementations: exit %d, stderr %q", code, stderr.String())
	}
}
