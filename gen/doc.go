// Package gen holds awsparity's output for the default services, one helper
// package per service (sqstest, dynamodbtest, s3test, …): operation stubs,
// fixtures, snapshot transformers and parity test skeletons.
//
// `go generate ./...` (or `go run ./cmd/gen` from the repository root)
// regenerates it from the embedded models; `go run ./cmd/gen -check` verifies
// that it is current.
package gen

//go:generate go run ../cmd/gen -out .
