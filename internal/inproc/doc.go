// Package inproc holds the tests that prove the generated operation stubs
// in-process: a real aws-sdk-go-v2 client bound to a hand-written
// implementation, and stubs regenerated with one more operation still
// compiling an implementation written against the older ones.
package inproc
