// Package runtimesdk holds only tests: they drive the runtime packages
// (stub, target) through real aws-sdk-go-v2 service clients, which the
// runtime module itself must not require (its users would inherit them).
package runtimesdk
