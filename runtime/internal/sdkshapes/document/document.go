// Package document is shaped like a service's document package (for
// example opensearch/document): an Interface over smithy-go's document
// marshaling and a lazily encoded implementation. See package sdkshapes.
package document

import (
	"encoding/json"

	"github.com/aws/smithy-go/document"
)

// Interface is a service document value.
type Interface interface {
	document.Marshaler
	document.Unmarshaler
}

type lazyDocument struct{ value any }

// NewLazyDocument returns a document that encodes v when marshaled.
func NewLazyDocument(v any) Interface { return &lazyDocument{value: v} }

func (d *lazyDocument) MarshalSmithyDocument() ([]byte, error) { return json.Marshal(d.value) }

func (d *lazyDocument) UnmarshalSmithyDocument(v any) error {
	b, err := json.Marshal(d.value)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
