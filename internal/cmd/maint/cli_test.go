package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// dispatch runs maint with args; a non-zero exit is an error holding what
// it printed on stderr.
func dispatch(args []string, stdout, stderr io.Writer) error {
	var errBuf bytes.Buffer
	if code := program.Main(args, stdout, io.MultiWriter(stderr, &errBuf)); code != 0 {
		return fmt.Errorf("exit %d: %s", code, errBuf.String())
	}
	return nil
}

func TestHelpExitsZero(t *testing.T) {
	for _, c := range program.Commands {
		var out bytes.Buffer
		if code := program.Main([]string{c.Name, "-h"}, &out, &out); code != 0 || !strings.Contains(out.String(), "usage: maint "+c.Name) {
			t.Errorf("maint %s -h: exit %d, output %q", c.Name, code, out.String())
		}
	}
	var out bytes.Buffer
	if code := program.Main(nil, &out, &out); code != 0 || !strings.Contains(out.String(), "  drift-pr ") {
		t.Errorf("maint with no command: exit %d, output %q", code, out.String())
	}
}
