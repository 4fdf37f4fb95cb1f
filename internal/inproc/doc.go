// Package inproc holds the tests that prove the generated operation stubs
// in-process: a real aws-sdk-go-v2 client bound to a hand-written
// implementation, stubs regenerated with one more operation still
// compiling an implementation written against the older ones, and
// operations only the pinned SDK has (the model lacks them) reaching the
// implementation through the stubs.
package inproc
