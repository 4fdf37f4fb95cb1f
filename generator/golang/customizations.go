package golang

import "github.com/awsparity/awsparity/generator/ir"

// This file is the one place that lists where aws-sdk-go-v2 departs from
// what smithy-go's rules would derive from a service model. Each entry
// names the SDK codegen integration that causes it (in aws-sdk-go-v2's
// codegen/smithy-aws-go-codegen/.../customization). When the cross-check
// test finds a new unexplained difference, the fix is an entry here.

// rule is what a customization does to the prediction.
type rule int

const (
	// boxNumbers makes every number and boolean member a pointer, whatever
	// its @default says.
	boxNumbers rule = iota + 1
	// unboxed makes one number member a value even though the model says it
	// is nullable (the SDK backfills @default(0) to keep its old API).
	unboxed
	// asLong types a number shape as int64.
	asLong
)

// customization is one entry of the table. Shape and Member match the
// model's shape name (not the full Smithy ID, so botocore names match too);
// empty matches any.
type customization struct {
	Service string // sdkId
	Shape   string
	Member  string
	Rule    rule
	Why     string
}

var customizations = []customization{
	{Service: "S3", Rule: boxNumbers,
		Why: "S3MakeBoolsAndNumbersOptional removes @default from every number/boolean member"},
	{Service: "EC2", Rule: boxNumbers,
		Why: "BackfillEc2UnboxedToBoxedShapes boxes every number/boolean shape"},
	{Service: "S3", Shape: "Size", Rule: asLong,
		Why: "BackfillS3ObjectSizeMemberShapeType makes object sizes int64"},
	{Service: "SQS", Shape: "ChangeMessageVisibilityBatchRequestEntry", Member: "VisibilityTimeout", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "SendMessageBatchRequestEntry", Member: "DelaySeconds", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "SendMessageRequest", Member: "DelaySeconds", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "ChangeMessageVisibilityRequest", Member: "VisibilityTimeout", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "ReceiveMessageRequest", Member: "WaitTimeSeconds", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "ReceiveMessageRequest", Member: "VisibilityTimeout", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
	{Service: "SQS", Shape: "ReceiveMessageRequest", Member: "MaxNumberOfMessages", Rule: unboxed,
		Why: "SQSCustomizations backfills @default(0) for the pre-JSON-protocol API"},
}

// customizationFor returns the entry with rule r that applies to member
// (or, with member "", to the shape) of svc, or nil.
func customizationFor(svc *ir.Service, shape, member string, r rule) *customization {
	for i := range customizations {
		c := &customizations[i]
		if c.Rule == r && c.Service == svc.SDKID &&
			(c.Shape == "" || c.Shape == shape) && (c.Member == "" || c.Member == member) {
			return c
		}
	}
	return nil
}

// sdkAddedErrorFields are fields every SDK error type has whether or not
// the model declares them: Message backs ErrorMessage(), ErrorCodeOverride
// carries the wire code when it differs from the type name.
var sdkAddedErrorFields = map[string]bool{"Message": true, "ErrorCodeOverride": true}
