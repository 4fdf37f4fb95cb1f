// Command supervise runs this repository's pinned npm emulators for
// scripts/emulators.sh: it starts each one with runtime/emulator (the
// package users call from their TestMain) through emulators.Launcher, writes
// the env file once all of them answer, and stops them all on SIGTERM or
// SIGINT. It exits non-zero, writing no env file, when one cannot start.
//
//	supervise -install DIR -data DIR -logs DIR -env FILE [-ready-timeout 30s]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/awsparity/awsparity/internal/emulators"
	"github.com/awsparity/awsparity/runtime/emulator"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "supervise:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("supervise", flag.ContinueOnError)
	install := fs.String("install", "", "directory holding the emulators' node_modules")
	data := fs.String("data", "", "s3rver's storage directory")
	logs := fs.String("logs", "", "directory for one <emulator>.log each")
	envFile := fs.String("env", "", "env file to write once every emulator answers")
	ready := fs.Duration("ready-timeout", emulator.DefaultReadyTimeout, "how long each emulator may take to answer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *install == "" || *data == "" || *logs == "" || *envFile == "" {
		return errors.New("-install, -data, -logs and -env are required")
	}
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer cancel()

	started, err := startAll(ctx, *install, *data, *logs, *ready)
	defer func() {
		for _, e := range started {
			if e != nil {
				if err := e.Stop(); err != nil {
					fmt.Fprintln(log, "supervise:", err)
				}
			}
		}
	}()
	if err != nil {
		return err
	}
	if err := writeEnv(*envFile, started); err != nil {
		return err
	}
	for i, name := range emulators.Pinned {
		fmt.Fprintf(log, "%s ready on %s\n", name, started[i].URL)
	}
	<-ctx.Done()
	return nil
}

// startAll starts every pinned emulator at once (their node start-ups
// overlap) and returns them in emulators.Pinned order.
func startAll(ctx context.Context, install, data, logs string, ready time.Duration) ([]*emulator.Emulator, error) {
	started := make([]*emulator.Emulator, len(emulators.Pinned))
	errs := make([]error, len(emulators.Pinned))
	var wg sync.WaitGroup
	for i, name := range emulators.Pinned {
		wg.Go(func() {
			c, err := emulators.Launcher(name, install, data)
			if err != nil {
				errs[i] = err
				return
			}
			f, err := os.Create(filepath.Join(logs, name+".log"))
			if err != nil {
				errs[i] = err
				return
			}
			c.Output, c.ReadyTimeout = f, ready
			if started[i], errs[i] = emulator.Start(ctx, c); errs[i] != nil {
				errs[i] = fmt.Errorf("%s (full log in %s): %w", name, f.Name(), errs[i])
			}
		})
	}
	wg.Wait()
	return started, errors.Join(errs...)
}

// writeEnv writes the shell env file scripts/emulators.sh prints: the
// emulators' environment as runtime/emulator gives it, plus s3rver's
// endpoint, which is no SDK variable (fauxqs is AWS_ENDPOINT_URL_S3).
func writeEnv(file string, started []*emulator.Emulator) error {
	var sdk []*emulator.Emulator
	var b strings.Builder
	b.WriteString("# written by scripts/emulators.sh start; removed by stop\n")
	for i, name := range emulators.Pinned {
		if name == emulators.S3rver {
			fmt.Fprintf(&b, "export %s=%s\n", emulators.S3rverEnv, started[i].URL)
			continue
		}
		sdk = append(sdk, started[i])
	}
	for _, kv := range emulator.Environment(sdk...) {
		k, v, _ := strings.Cut(kv, "=")
		if v == "" {
			fmt.Fprintf(&b, "unset %s\n", k)
		} else {
			fmt.Fprintf(&b, "export %s=%s\n", k, v)
		}
	}
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}
