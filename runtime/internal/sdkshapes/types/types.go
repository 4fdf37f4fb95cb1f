// Package types holds shapes like those of aws-sdk-go-v2 service types
// packages; see package sdkshapes.
package types

//lint:file-ignore U1000 the embedded noSmithyDocumentSerde mirrors the SDK shapes, whose unexported field a serialiser must skip

import (
	"fmt"
	"time"

	"github.com/aws/smithy-go/document"
)

// noSmithyDocumentSerde is what every SDK shape embeds.
type noSmithyDocumentSerde = document.NoSerde

// Message is sqs/types.Message.
type Message struct {
	Attributes        map[string]string
	Body              *string
	MessageAttributes map[string]MessageAttributeValue
	MessageId         *string
	noSmithyDocumentSerde
}

// MessageAttributeValue is sqs/types.MessageAttributeValue.
type MessageAttributeValue struct {
	DataType    *string
	BinaryValue []byte
	StringValue *string
	noSmithyDocumentSerde
}

// AttributeValue is the dynamodb/types.AttributeValue union.
type AttributeValue interface{ isAttributeValue() }

// AttributeValueMemberB is a binary member of AttributeValue.
type AttributeValueMemberB struct {
	Value []byte
	noSmithyDocumentSerde
}

func (*AttributeValueMemberB) isAttributeValue() {}

// AttributeValueMemberBOOL is a boolean member of AttributeValue.
type AttributeValueMemberBOOL struct {
	Value bool
	noSmithyDocumentSerde
}

func (*AttributeValueMemberBOOL) isAttributeValue() {}

// AttributeValueMemberL is a list member of AttributeValue.
type AttributeValueMemberL struct {
	Value []AttributeValue
	noSmithyDocumentSerde
}

func (*AttributeValueMemberL) isAttributeValue() {}

// AttributeValueMemberN is a number member of AttributeValue.
type AttributeValueMemberN struct {
	Value string
	noSmithyDocumentSerde
}

func (*AttributeValueMemberN) isAttributeValue() {}

// AttributeValueMemberNULL is a null member of AttributeValue.
type AttributeValueMemberNULL struct {
	Value bool
	noSmithyDocumentSerde
}

func (*AttributeValueMemberNULL) isAttributeValue() {}

// AttributeValueMemberS is a string member of AttributeValue.
type AttributeValueMemberS struct {
	Value string
	noSmithyDocumentSerde
}

func (*AttributeValueMemberS) isAttributeValue() {}

// AttributeValueMemberSS is a string set member of AttributeValue.
type AttributeValueMemberSS struct {
	Value []string
	noSmithyDocumentSerde
}

func (*AttributeValueMemberSS) isAttributeValue() {}

// UnknownUnionMember is a union member newer than the client.
type UnknownUnionMember struct {
	Tag   string
	Value []byte
	noSmithyDocumentSerde
}

func (*UnknownUnionMember) isAttributeValue() {}

// TableStatus is dynamodb/types.TableStatus.
type TableStatus string

// TableStatusActive is a TableStatus value.
const TableStatusActive TableStatus = "ACTIVE"

// BillingMode is dynamodb/types.BillingMode.
type BillingMode string

// BillingModePayPerRequest is a BillingMode value.
const BillingModePayPerRequest BillingMode = "PAY_PER_REQUEST"

// BillingModeSummary is dynamodb/types.BillingModeSummary.
type BillingModeSummary struct {
	BillingMode                       BillingMode
	LastUpdateToPayPerRequestDateTime *time.Time
	noSmithyDocumentSerde
}

// TableDescription is part of dynamodb/types.TableDescription.
type TableDescription struct {
	BillingModeSummary *BillingModeSummary
	CreationDateTime   *time.Time
	ItemCount          *int64
	TableName          *string
	TableStatus        TableStatus
	noSmithyDocumentSerde
}

// ExecutionListItem is sfn/types.ExecutionListItem.
type ExecutionListItem struct {
	ExecutionArn *string
	Name         *string
	StartDate    *time.Time
	noSmithyDocumentSerde
}

// AccessDeniedException is ssooidc/types.AccessDeniedException, whose model
// member "error" becomes Error_ beside the Error method.
type AccessDeniedException struct {
	Message *string
	Error_  *string
	noSmithyDocumentSerde
}

func (e *AccessDeniedException) Error() string {
	return fmt.Sprintf("AccessDeniedException: %s", e.ErrorMessage())
}

// ErrorMessage returns the message, as the SDK's error types do.
func (e *AccessDeniedException) ErrorMessage() string {
	if e.Message == nil {
		return ""
	}
	return *e.Message
}
