package snapshot

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// Validation is one test's record in <file>.validation.json, the file
// LocalStack keeps beside each snapshot file: when the snapshot was last
// confirmed against AWS, or, for an entry recorded anywhere else, which
// target recorded it and when, so a reader can tell AWS's truth from an
// emulator's answer.
type Validation struct {
	// LastValidatedDate is set when the test last passed against AWS
	// (TEST_TARGET=AWS_CLOUD), as LocalStack writes it:
	// "2024-05-01T10:20:30+00:00".
	LastValidatedDate string `json:"last_validated_date,omitempty"`
	// RecordedOn names the target of a recording not made against AWS
	// ("emulator", "in-process"); empty once validated against AWS.
	RecordedOn string `json:"recorded_on,omitempty"`
	// RecordedDate is when RecordedOn recorded it.
	RecordedDate string `json:"recorded_date,omitempty"`
}

// Validated reports whether the entry was confirmed against AWS.
func (v Validation) Validated() bool { return v.LastValidatedDate != "" }

// validationLayout is the ISO 8601 form LocalStack writes, in UTC.
const validationLayout = "2006-01-02T15:04:05+00:00"

// validationFile is x.validation.json for x.snapshot.json.
func validationFile(snapshotFile string) string {
	return strings.TrimSuffix(snapshotFile, ".snapshot.json") + ".validation.json"
}

// ReadValidation returns the validation records of the snapshot file
// snapshotFile, keyed by test (entry) name; a missing file has none.
func ReadValidation(snapshotFile string) (map[string]Validation, error) {
	path := validationFile(snapshotFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]Validation{}, nil
	}
	if err != nil {
		return nil, err
	}
	all := map[string]Validation{}
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, fmt.Errorf("%s: %w", locateErr(path, b, err), err)
	}
	return all, nil
}

// modifyValidation applies change to the validation file under the lock
// of its directory.
func modifyValidation(path string, change func(map[string]Validation) bool) error {
	return withLock(path, func() error {
		all, err := ReadValidation(strings.TrimSuffix(path, ".validation.json") + ".snapshot.json")
		if err != nil {
			return err
		}
		if !change(all) {
			return nil
		}
		return writeJSON(path, all)
	})
}
