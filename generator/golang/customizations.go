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
	// removedOperation: the SDK does not generate the operation.
	removedOperation
	// unexported: the SDK keeps the member as an unexported field that it
	// fills itself, so callers have no field to set.
	unexported
)

// customization is one entry of the table. Shape and Member match the
// model's shape name (not the full Smithy ID, so botocore names match too)
// and member name; Operation matches an operation name; empty matches any.
type customization struct {
	Service   string // sdkId
	Operation string
	Shape     string
	Member    string
	Rule      rule
	Why       string
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
	{Service: "EC2", Shape: "CopySnapshotRequest", Member: "DestinationRegion", Rule: unexported,
		Why: "PresignURLAutoFill: the SDK sets destinationRegion from the client's region"},
	// botocore still describes these deprecated S3 operations; the Smithy
	// model the SDK is generated from no longer has them.
	{Service: "S3", Operation: "GetBucketLifecycle", Rule: removedOperation, Why: "deprecated: use GetBucketLifecycleConfiguration"},
	{Service: "S3", Operation: "PutBucketLifecycle", Rule: removedOperation, Why: "deprecated: use PutBucketLifecycleConfiguration"},
	{Service: "S3", Operation: "GetBucketNotification", Rule: removedOperation, Why: "deprecated: use GetBucketNotificationConfiguration"},
	{Service: "S3", Operation: "PutBucketNotification", Rule: removedOperation, Why: "deprecated: use PutBucketNotificationConfiguration"},
}

// customizationFor returns the entry with rule r that applies to member
// (or, with member "", to the shape) of svc, or nil.
func customizationFor(svc *ir.Service, shape, member string, r rule) *customization {
	for i := range customizations {
		c := &customizations[i]
		if c.Rule == r && c.Service == svc.SDKID && c.Operation == "" &&
			(c.Shape == "" || c.Shape == shape) && (c.Member == "" || c.Member == member) {
			return c
		}
	}
	return nil
}

// operationCustomization returns the entry with rule r for operation op of
// svc, or nil.
func operationCustomization(svc *ir.Service, op string, r rule) *customization {
	for i := range customizations {
		c := &customizations[i]
		if c.Rule == r && c.Service == svc.SDKID && c.Operation == op {
			return c
		}
	}
	return nil
}

// sdkAddedErrorFields are fields every SDK error type has whether or not
// the model declares them: Message backs ErrorMessage(), ErrorCodeOverride
// carries the wire code when it differs from the type name.
var sdkAddedErrorFields = map[string]bool{"Message": true, "ErrorCodeOverride": true}
