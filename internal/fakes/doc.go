// Package fakes holds the tests that prove the generated lifecycle fakes
// (<service>test.NewFake) with real aws-sdk-go-v2 clients in-process:
// their behaviour (validation, NotFound, paging, tags, overrides,
// NotImplemented) and, across every helper package in gen/, the lifecycle
// of every fixture that needs no options.
package fakes
