// Package templates holds the default templates of the user-owned files
// awsparity creates once and never overwrites: one parity test skeleton per
// operation (skeleton.go.tmpl) and one wiring file per service package
// (client.go.tmpl). Override them with gen -templates DIR; README.md lists
// the data each template receives.
package templates

import "embed"

// FS holds the default templates.
//
//go:embed *.tmpl
var FS embed.FS

// The template file names; an override directory may hold either or both.
const (
	Skeleton = "skeleton.go.tmpl"
	Client   = "client.go.tmpl"
)
