// Package sdkshapes holds types shaped like aws-sdk-go-v2's generated
// service code (operation outputs here, shapes in types, documents in
// document), for the runtime's own tests. The runtime module must not
// require any service module: a user's `go mod tidy` resolves the test
// imports of the runtime's packages too, and would add such a module to the
// user's go.mod at its newest version. The runtime is proven against the
// real service clients by the generator module's tests (internal/runtimesdk,
// internal/e2e, gen/).
//
// Each type copies the form of the SDK type named in its comment: pointer
// and value fields, enums as string types, unions as sealed interfaces
// with XMember<Name> types and UnknownUnionMember, ResultMetadata and the
// unexported noSmithyDocumentSerde field.
package sdkshapes

//lint:file-ignore U1000 the embedded noSmithyDocumentSerde mirrors the SDK shapes, whose unexported field a serialiser must skip

import (
	"github.com/aws/smithy-go/document"
	"github.com/aws/smithy-go/middleware"

	"github.com/awsparity/awsparity/runtime/internal/sdkshapes/types"
)

// noSmithyDocumentSerde is what every SDK shape embeds.
type noSmithyDocumentSerde = document.NoSerde

// ReceiveMessageOutput is sqs.ReceiveMessageOutput.
type ReceiveMessageOutput struct {
	Messages       []types.Message
	ResultMetadata middleware.Metadata
	noSmithyDocumentSerde
}

// CreateQueueOutput is sqs.CreateQueueOutput.
type CreateQueueOutput struct {
	QueueUrl       *string
	ResultMetadata middleware.Metadata
	noSmithyDocumentSerde
}

// QueryOutput is dynamodb.QueryOutput.
type QueryOutput struct {
	Count            int32
	Items            []map[string]types.AttributeValue
	LastEvaluatedKey map[string]types.AttributeValue
	ScannedCount     int32
	ResultMetadata   middleware.Metadata
	noSmithyDocumentSerde
}

// ListExecutionsOutput is sfn.ListExecutionsOutput, whose model member
// names are lower camel case (executions, nextToken).
type ListExecutionsOutput struct {
	Executions     []types.ExecutionListItem
	NextToken      *string
	ResultMetadata middleware.Metadata
	noSmithyDocumentSerde
}
