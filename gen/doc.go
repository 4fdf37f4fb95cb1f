// Package gen holds awsparity's output for the default services, one helper
// package per service (sqstest, dynamodbtest, s3test, …): operation stubs,
// NewClient, fixtures and snapshot transformers, beside this repository's
// own parity tests (the skeletons it filled in, with their snapshots).
// Untouched skeletons are not kept here: it is generated with
// -skeletons=false, and examples/gogenerate shows the full skeleton set.
//
// `go generate ./gen` (or `go run ./cmd/gen -skeletons=false` from the
// repository root) regenerates it from the embedded models;
// `go run ./cmd/gen -skeletons=false -check` verifies that it is current.
package gen

//go:generate go run ../cmd/gen -out . -skeletons=false
