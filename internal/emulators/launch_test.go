package emulators_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dynamodbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"

	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/internal/testenv"
	"github.com/awsparity/awsparity/runtime/emulator"
	"github.com/awsparity/awsparity/runtime/target"
)

// TestLauncherRealEmulators is runtime/emulator's proof against real
// emulators: it starts the npm-installed dynalite and kinesalite over
// 127.0.0.1, exports their endpoints as a user's TestMain would, and calls
// them with clients built from target.Config, which knows nothing but the
// environment.
func TestLauncherRealEmulators(t *testing.T) {
	dir := emulators.InstallDir()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "dynalite")); err != nil {
		testenv.Missing(t, "the pinned emulators are not installed in %s (run scripts/emulators.sh start once to install them)", dir)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("node not on PATH: %v", err)
	}
	var started []*emulator.Emulator
	for _, name := range []string{"dynalite", "kinesalite"} {
		c, err := emulators.Launcher(name, dir, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		e, err := emulator.Start(t.Context(), c)
		if err != nil {
			t.Fatal(err)
		}
		started = append(started, e)
	}
	restore, err := emulator.Setenv(started...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(restore)
	// Stopped inside the test, not in Cleanup, so that a failing Stop fails it.
	defer func() {
		for _, e := range started {
			if err := e.Stop(); err != nil {
				t.Error(err)
			}
		}
	}()

	t.Setenv("TEST_TARGET", "")
	ctx := t.Context()
	cfg := target.Config(t)
	ddb := dynamodb.NewFromConfig(cfg)
	table := "launcher-test"
	if _, err := ddb.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:            aws.String(table),
		AttributeDefinitions: []dynamodbtypes.AttributeDefinition{{AttributeName: aws.String("pk"), AttributeType: dynamodbtypes.ScalarAttributeTypeS}},
		KeySchema:            []dynamodbtypes.KeySchemaElement{{AttributeName: aws.String("pk"), KeyType: dynamodbtypes.KeyTypeHash}},
		BillingMode:          dynamodbtypes.BillingModePayPerRequest,
	}); err != nil {
		t.Fatalf("CreateTable against dynalite at %s: %v", started[0].URL, err)
	}
	tables, err := ddb.ListTables(ctx, &dynamodb.ListTablesInput{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tables.TableNames) != 1 || tables.TableNames[0] != table {
		t.Errorf("ListTables on a fresh dynalite = %q, want [%s]", tables.TableNames, table)
	}

	kin := kinesis.NewFromConfig(cfg)
	if _, err := kin.CreateStream(ctx, &kinesis.CreateStreamInput{StreamName: aws.String("launcher-test"), ShardCount: aws.Int32(1)}); err != nil {
		t.Fatalf("CreateStream against kinesalite at %s: %v", started[1].URL, err)
	}
	streams, err := kin.ListStreams(ctx, &kinesis.ListStreamsInput{})
	if err != nil {
		t.Fatal(err)
	}
	if len(streams.StreamNames) != 1 {
		t.Errorf("ListStreams on a fresh kinesalite = %q, want one stream", streams.StreamNames)
	}
}

func TestLauncherUnknown(t *testing.T) {
	_, err := emulators.Launcher("localstack", "", "")
	if err == nil || !strings.Contains(err.Error(), "known: dynalite, kinesalite, fauxqs, s3rver") {
		t.Errorf("Launcher(localstack) error = %v, want one listing the known emulators", err)
	}
}
