package emulators

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"

	"github.com/awsparity/awsparity/runtime/emulator"
)

// Pinned are the npm emulators scripts/emulators/serve.mjs starts, in the
// order scripts/emulators.sh reports them.
var Pinned = []string{"dynalite", "kinesalite", "fauxqs", "s3rver"}

// served are the SDK service ids each pinned emulator answers for. s3rver
// has none: fauxqs serves S3 through AWS_ENDPOINT_URL_S3, s3rver is reached
// through AWSPARITY_S3RVER_ENDPOINT (see Endpoint).
var served = map[string][]string{
	"dynalite":   {"DynamoDB"},
	"kinesalite": {"Kinesis"},
	"fauxqs":     {"SQS", "SNS", "S3"},
	S3rver:       nil,
}

// readyLine is what serve.mjs prints once its emulator answers HTTP.
var readyLine = regexp.MustCompile(`^READY (\d+)`)

// Launcher returns how to start one pinned npm emulator ("dynalite",
// "kinesalite", "fauxqs" or "s3rver") with runtime/emulator: through
// scripts/emulators/serve.mjs, which binds 127.0.0.1 on a port the kernel
// picks and prints it. installDir holds the node_modules that
// `scripts/emulators.sh start` installs (InstallDir); dataDir is s3rver's
// storage.
func Launcher(name, installDir, dataDir string) (emulator.Config, error) {
	services, ok := served[name]
	if !ok {
		return emulator.Config{}, fmt.Errorf("emulators.Launcher: unknown emulator %q; known: %s", name, strings.Join(Pinned, ", "))
	}
	return emulator.Config{
		Command:  []string{"node", filepath.Join(repoRoot(), "scripts", "emulators", "serve.mjs"), name, installDir, dataDir},
		Services: services,
		PortFrom: readyLine,
	}, nil
}

// InstallDir is where scripts/emulators.sh installs the pinned emulators:
// AWSPARITY_EMULATORS_DIR, else .cache/emulators in the checkout.
func InstallDir() string {
	if dir := os.Getenv("AWSPARITY_EMULATORS_DIR"); dir != "" {
		return dir
	}
	return filepath.Join(repoRoot(), ".cache", "emulators")
}

// repoRoot is the checkout this file was compiled from; the package is
// internal, so it only ever runs from a checkout.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}
