//go:build race

package load_test

// raceBuild reports a -race build, whose shadow memory about triples the
// peak RSS of a generation (the hostile corpus: 387 MiB instead of 143).
const raceBuild = true
