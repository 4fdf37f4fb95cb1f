// Package models embeds the default model set (botocore JSON, see
// manifest.json for source and version), so `go run …/cmd/gen` works from any
// module without a checkout of this repository.
//
// Refresh it with `go run ./internal/cmd/maint models-sync`.
package models

import "embed"

// FS holds manifest.json, fixtures.json (fixture overrides and recipes, see FIXTURES.md) and <service>/<api version>/{service-2,waiters-2,paginators-1}.json.
//
//go:embed manifest.json fixtures.json */*/*.json
var FS embed.FS
