package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// run is gen's entry point without the process around it.
func run(args []string, stdout, stderr io.Writer) int { return program.Main(args, stdout, stderr) }

// dispatch runs gen with args; a non-zero exit is an error holding what gen
// printed on stderr.
func dispatch(args []string, stdout, stderr io.Writer) error {
	var errBuf bytes.Buffer
	if code := run(args, stdout, io.MultiWriter(stderr, &errBuf)); code != 0 {
		return fmt.Errorf("exit %d: %s", code, errBuf.String())
	}
	return nil
}

// TestHelpExitsZero: -h of every command, and help, print usage and exit 0;
// the program's usage lists every command.
func TestHelpExitsZero(t *testing.T) {
	for _, c := range program.Commands {
		var out bytes.Buffer
		if code := run([]string{c.Name, "-h"}, &out, &out); code != 0 || !strings.Contains(out.String(), "usage: gen") {
			t.Errorf("gen %s -h: exit %d, output %q", c.Name, code, out.String())
		}
	}
	for _, args := range [][]string{{"-h"}, {"help"}} {
		var out bytes.Buffer
		if code := run(args, &out, &out); code != 0 {
			t.Errorf("gen %q: exit %d", args, code)
		}
		for _, c := range program.Commands {
			if !strings.Contains(out.String(), "\n  "+c.Name+" ") {
				t.Errorf("gen %q does not list %s:\n%s", args, c.Name, out.String())
			}
		}
	}
	var out bytes.Buffer
	if code := run([]string{"-nosuchflag"}, &out, &out); code != 2 {
		t.Errorf("gen -nosuchflag: exit %d, want 2", code)
	}
}

func TestVersion(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"-version"}, &out, &out); code != 0 || !strings.HasPrefix(out.String(), "github.com/awsparity/awsparity") {
		t.Errorf("gen -version: exit %d, %q", code, out.String())
	}
}
