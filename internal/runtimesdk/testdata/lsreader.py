"""A reader of LocalStack's snapshot file format, following the semantics
of the localstack-snapshot library (SnapshotSession._load_state and the
file layout _persist_state writes), without depending on it.

    python3 lsreader.py FILE.snapshot.json [MORE.snapshot.json …]

It checks the layout of each file and, for a single file, prints, as JSON, each test's recorded content as
LocalStack's SnapshotSession would compare it, with every boto3 blob
(b'...') decoded to {"bytes_hex": ...} so the caller can check the bytes.
Exit status 1 with a message on anything LocalStack could not read.
"""
import ast
import datetime
import json
import sys


def fail(msg):
    print(f"lsreader: {msg}", file=sys.stderr)
    sys.exit(1)


def decode_blobs(value, where):
    if isinstance(value, dict):
        return {k: decode_blobs(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [decode_blobs(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str) and value[:2] in ("b'", 'b"'):
        try:
            b = ast.literal_eval(value)
        except (ValueError, SyntaxError) as e:
            fail(f"{where}: {value!r} is not a Python bytes literal: {e}")
        if not isinstance(b, bytes):
            fail(f"{where}: {value!r} is not bytes")
        return {"bytes_hex": b.hex()}
    return value


def check_response(content, where):
    meta = content.get("ResponseMetadata")
    if meta is not None:
        if not isinstance(meta.get("HTTPHeaders"), dict) or not isinstance(meta.get("HTTPStatusCode"), int):
            fail(f"{where}.ResponseMetadata: want HTTPHeaders (object) and HTTPStatusCode (int), got {meta!r}")
    err = content.get("Error")
    if err is not None and not (isinstance(err.get("Code"), str) and isinstance(err.get("Message"), str)):
        fail(f"{where}.Error: want Code and Message strings, got {err!r}")


def read(path):
    with open(path) as fd:
        content = fd.read()
    if not content.endswith("\n"):
        fail(f"{path}: no trailing newline (LocalStack writes one)")
    state = json.loads(content)
    if not isinstance(state, dict):
        fail(f"{path}: top level is not an object")
    out = {}
    for scope_key, recorded in state.items():
        if set(recorded) != {"recorded-date", "recorded-content"}:
            fail(f"{path}: {scope_key}: keys {sorted(recorded)}")
        try:
            datetime.datetime.strptime(recorded["recorded-date"], "%d-%m-%Y, %H:%M:%S")
        except ValueError as e:
            fail(f"{path}: {scope_key}: recorded-date: {e}")
        # SnapshotSession._load_state: json.loads(...).get(scope_key, {}).get("recorded-content")
        rc = recorded.get("recorded-content")
        if not isinstance(rc, dict):
            fail(f"{path}: {scope_key}: recorded-content is not an object")
        for key, value in rc.items():
            if isinstance(value, dict):
                check_response(value, f"{scope_key}.{key}")
        out[scope_key] = decode_blobs(rc, scope_key)
    check_validation(path.removesuffix(".snapshot.json") + ".validation.json", state)
    return out


def check_validation(path, state):
    """LocalStack's <file>.validation.json: per test, last_validated_date
    (ISO 8601); awsparity adds recorded_on/recorded_date for recordings
    made elsewhere than AWS."""
    try:
        with open(path) as fd:
            validation = json.load(fd)
    except FileNotFoundError:
        return
    for scope_key, record in validation.items():
        if scope_key not in state:
            fail(f"{path}: {scope_key} has no snapshot entry")
        if "last_validated_date" in record:
            datetime.datetime.fromisoformat(record["last_validated_date"])
        elif "recorded_on" in record:
            datetime.datetime.fromisoformat(record["recorded_date"])
        else:
            fail(f"{path}: {scope_key}: neither last_validated_date nor recorded_on")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        fail("usage: lsreader.py FILE.snapshot.json [MORE.snapshot.json …]")
    contents = [read(path) for path in sys.argv[1:]]
    if len(contents) == 1:
        json.dump(contents[0], sys.stdout, sort_keys=True)
