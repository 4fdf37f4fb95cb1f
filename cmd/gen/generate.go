package main

// Regenerates this repository's gen/ from the embedded default models, so
// `go generate ./...` (the weekly drift workflow's regenerate step) covers it.
//go:generate go run . -out ../../gen
