package modelset

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// Botocore finds the botocore installed for python3 on this machine: its
// data directory is a reproducible source (`pip install botocore==VERSION`).
func Botocore() (Source, error) {
	out, err := exec.Command("python3", "-c",
		"import botocore,os;print(os.path.dirname(botocore.__file__));print(botocore.__version__)").Output()
	if err != nil {
		return Source{}, fmt.Errorf("locating botocore with python3: %w (install it with pip install botocore)", err)
	}
	dir, version, ok := strings.Cut(strings.TrimSpace(string(out)), "\n")
	if !ok {
		return Source{}, fmt.Errorf("locating botocore: unexpected output %q", out)
	}
	return Source{Name: "botocore", Version: version, Dir: filepath.Join(dir, "data")}, nil
}
