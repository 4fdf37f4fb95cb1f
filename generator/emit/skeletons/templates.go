package skeletons

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"text/template"

	"github.com/awsparity/awsparity/templates"
)

// Templates are the parsed skeleton and wiring templates.
type Templates struct {
	set *template.Template
	// origin names where each template came from, for errors.
	origin map[string]string
}

// Default returns the embedded templates.
var Default = sync.OnceValues(func() (*Templates, error) {
	return parse(nil, "")
})

// Load returns the templates with those in dir (skeleton.go.tmpl,
// client.go.tmpl; either may be absent) replacing the embedded ones. dir ""
// means the embedded templates.
func Load(dir string) (*Templates, error) {
	if dir == "" {
		return Default()
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("templates: %s is not a directory", dir)
	}
	return parse(os.DirFS(dir), dir)
}

// parse reads the embedded templates, each replaced by the file of the
// same name in override (dir, for errors) when that exists.
func parse(override fs.FS, dir string) (*Templates, error) {
	t := &Templates{set: template.New("").Option("missingkey=error"), origin: map[string]string{}}
	for _, name := range []string{templates.Skeleton, templates.Client} {
		src, err := fs.ReadFile(templates.FS, name)
		origin := "templates/" + name
		if override != nil {
			if o, oerr := fs.ReadFile(override, name); oerr == nil {
				src, err, origin = o, nil, filepath.Join(dir, name)
			} else if !errors.Is(oerr, fs.ErrNotExist) {
				return nil, oerr
			}
		}
		if err != nil {
			return nil, err
		}
		// Parsing under the file's path makes template errors name it with
		// the line: "template: tmpl/skeleton.go.tmpl:12: …".
		if _, err := t.set.New(origin).Parse(string(src)); err != nil {
			return nil, err
		}
		t.origin[name] = origin
	}
	return t, nil
}

// render executes the template called name with data and formats the
// result; what names the rendered thing in errors.
func (t *Templates) render(name, what string, data any) ([]byte, error) {
	origin := t.origin[name]
	var b bytes.Buffer
	if err := t.set.ExecuteTemplate(&b, origin, data); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %s rendered invalid Go: %w\n%s", what, origin, err, b.Bytes())
	}
	return src, nil
}
