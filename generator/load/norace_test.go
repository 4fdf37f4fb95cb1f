//go:build !race

package load_test

// raceBuild reports a -race build; see race_test.go.
const raceBuild = false
