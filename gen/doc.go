// Package gen holds awsparity's output for the default services, one helper
// package per service (sqstest, dynamodbtest, s3test, …): operation stubs,
// NewClient, fixtures and snapshot transformers, beside this repository's
// own parity tests (the skeletons it filled in, with their snapshots).
// Untouched skeletons are not kept here: they were deleted after they were
// created, and a deleted skeleton is not created again (the manifest still
// lists it); examples/gogenerate shows the full skeleton set.
//
// `go generate ./gen` (or `go run ./cmd/gen` from the repository root)
// regenerates it from the embedded models; `go run ./cmd/gen -check`
// verifies that it is current.
package gen

//go:generate go run ../cmd/gen -out .
