package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/drift"
)

var (
	// The weekly update's test models, shared with internal/cmd/maint.
	driftflow = filepath.Join("..", "..", "internal", "cmd", "maint", "testdata", "driftflow")
	oldSQS    = filepath.Join(driftflow, "botocore")
	newSQS    = filepath.Join(driftflow, "upstream", "release-2026-11-04", "sqs.json")
)

func TestDriftCommand(t *testing.T) {
	// Models named directly (a botocore directory, a Smithy file), no
	// manifest: the default services that are present are compared.
	var md, log bytes.Buffer
	if err := dispatch([]string{"drift", "-module", "", oldSQS, newSQS}, &md, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	for _, want := range []string{
		"From `" + oldSQS + "` to `" + newSQS + "`: 1 services changed, 3 breaking changes.",
		"- **SQS**: operation AddPermission removed\n",
		"Operations added (1): `ListQueues`",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}

	var js bytes.Buffer
	if err := dispatch([]string{"drift", "-json", "-module", "", "-services", "sqs", oldSQS, newSQS}, &js, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	var r drift.Report
	if err := json.Unmarshal(js.Bytes(), &r); err != nil {
		t.Fatalf("-json output: %v\n%s", err, js.String())
	}
	if len(r.Services) != 1 || len(r.Breaking) != 3 || strings.Join(r.Services[0].OperationsAdded, ",") != "ListQueues" {
		t.Errorf("JSON report: %+v", r)
	}
}

func TestDriftCommandErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"drift", oldSQS}, "wrong number of arguments: 1"},
		{[]string{"drift", "-module", "", "-services", "Nope", oldSQS, newSQS}, `in neither model set: unknown service name(s) "Nope"`},
		{[]string{"drift", "-module", "", oldSQS, filepath.Join(driftflow, "missing.json")}, "missing.json"},
	} {
		var out bytes.Buffer
		err := dispatch(tc.args, &out, &out)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one containing %q", tc.args, err, tc.want)
		}
	}
}
