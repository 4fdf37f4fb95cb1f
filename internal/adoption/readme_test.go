package adoption

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// step is one thing the README's Install section tells a user to do: run a
// command in the module root, or write a file.
type step struct {
	run     string // a shell command line
	file    string // the file to write, slash-separated, relative to the module root
	content string
}

// fileMention is a backquoted .go path in the prose before a ```go block:
// the file the block's content goes into.
var fileMention = regexp.MustCompile("`([\\w./-]+\\.go)`")

// releaseVersion is how the install lines pin awsparity.
var releaseVersion = regexp.MustCompile(`@(v\d+\.\d+\.\d+)\b`)

// installSteps extracts the steps of the "## Install" section of readme, in
// order: every line of a ```sh block is a command; a ```go block is written
// to the last `*.go` path named in the prose before it. It also returns the
// awsparity version the lines pin, which must be one and the same everywhere.
func installSteps(readme string) ([]step, string, error) {
	_, section, ok := strings.Cut(readme, "\n## Install\n")
	if !ok {
		return nil, "", fmt.Errorf(`README.md has no "## Install" section`)
	}
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	var steps []step
	versions := map[string]bool{}
	prose := ""
	rest := section
	for {
		before, after, found := strings.Cut(rest, "\n```")
		if !found {
			break
		}
		prose += before
		lang, after, _ := strings.Cut(after, "\n")
		body, tail, closed := strings.Cut(after, "\n```")
		if !closed {
			return nil, "", fmt.Errorf("README.md Install: unclosed ```%s block", lang)
		}
		rest = tail
		for _, m := range releaseVersion.FindAllStringSubmatch(body, -1) {
			versions[m[1]] = true
		}
		switch lang {
		case "sh":
			for line := range strings.Lines(body) {
				line = strings.TrimSpace(line)
				if line != "" && !strings.HasPrefix(line, "#") {
					steps = append(steps, step{run: line})
				}
			}
		case "go":
			names := fileMention.FindAllStringSubmatch(prose, -1)
			if len(names) == 0 {
				return nil, "", fmt.Errorf("README.md Install: the ```go block starting %q is not preceded by the `file.go` it belongs in", firstLine(body))
			}
			steps = append(steps, step{file: names[len(names)-1][1], content: body + "\n"})
		default:
			return nil, "", fmt.Errorf("README.md Install: ```%s block: only sh and go blocks belong in the install steps", lang)
		}
		prose = ""
	}
	if len(steps) == 0 {
		return nil, "", fmt.Errorf("README.md Install: no ```sh or ```go blocks")
	}
	pinned := slices.Sorted(maps.Keys(versions))
	if len(pinned) != 1 {
		return nil, "", fmt.Errorf("README.md Install: the lines pin awsparity at %q, want exactly one version", pinned)
	}
	return steps, pinned[0], nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
