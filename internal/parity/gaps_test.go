package parity

// knownGaps are every remaining difference between a target and AWS in
// the ported tests, keyed by LocalStack test id, each with what the target
// does differently. A test skips a gap's paths on that target only; the
// parity page lists them. Gaps shared by several tests are named once.

// fauxqs's SQS error codes: AWS answers these errors with the bare query
// code (InvalidParameterValue, QueueAlreadyExists) and the JSON type
// InvalidParameterValueException; fauxqs prefixes the query code with
// AWS.SimpleQueueService. and sends the query code as the type.
var fauxqsQueryCodes = Gap{Target: "fauxqs", Paths: []string{"$..Error.Code", "$..Error.QueryErrorCode"},
	Reason: "SQS query error codes: fauxqs sends AWS.SimpleQueueService.InvalidParameterValue (and …QueueNameExists) where AWS sends " +
		"InvalidParameterValue (QueueAlreadyExists), and the query code as the JSON error type where AWS sends InvalidParameterValueException"}

var fauxqsBatchCount = Gap{Target: "fauxqs", Paths: []string{"$..Error.Message"},
	Reason: `TooManyEntriesInBatchRequest: fauxqs's message lacks AWS's "You have sent 20."`}

var fauxqsNoSizeLimit = Gap{Target: "fauxqs", Paths: []string{"$.send_oversized_message", "$.send_oversized_message_batch"},
	Reason: "fauxqs accepts a message, or a batch, larger than 256 KiB; AWS rejects it"}

var sqsfakeNoValidation = Gap{Target: "sqsfake", Paths: []string{"$"},
	Reason: "sqsfake (the example fake) does not validate this input; AWS rejects it"}

// S3 gaps every S3 target shares.
func s3Gaps(reason func(target string) string, paths ...string) []Gap {
	var gaps []Gap
	for _, tg := range []string{"fauxqs", "s3rver", "s3fake"} {
		gaps = append(gaps, Gap{Target: tg, Paths: paths, Reason: reason(tg)})
	}
	return gaps
}

var s3PutChecksum = s3Gaps(func(tg string) string {
	return "PutObject: " + tg + " returns neither the CRC32 checksum the SDK sent (ChecksumCRC32, ChecksumType) nor the default SSE-S3 encryption (ServerSideEncryption)"
}, `$["put-object"].ChecksumCRC32`, `$["put-object"].ChecksumType`, `$["put-object"].ServerSideEncryption`)

var knownGaps = map[string][]Gap{
	s3Tests + "TestS3ObjectCRUD::test_delete_object": append(s3Gaps(func(tg string) string {
		return "DeleteObject with a VersionId in an unversioned bucket: " + tg + " deletes (204); AWS rejects the version id (InvalidArgument, 400)"
	}, `$["delete-nonexistent-object-versionid"]`), s3PutChecksum...),
	s3Tests + "TestS3BucketCRUD::test_delete_bucket_with_objects": {
		{Target: "fauxqs", Paths: []string{`$["delete-with-obj"].Error.BucketName`, `$["delete-with-obj"].Error.Message`},
			Reason: "BucketNotEmpty: fauxqs's error has no BucketName and its message ends with a period"},
		{Target: "s3rver", Paths: []string{`$["delete-with-obj"].Error.Message`},
			Reason: `BucketNotEmpty: s3rver's message says "The bucket your tried to delete is not empty"`},
		{Target: "s3fake", Paths: []string{`$["delete-with-obj"].Error.BucketName`}, Reason: "BucketNotEmpty: s3fake's error has no BucketName"},
	},
	s3Tests + "TestS3ObjectCRUD::test_delete_objects": append(s3Gaps(func(tg string) string {
		return "DeleteObjects naming a version that does not exist: " + tg + " reports the key deleted; AWS reports NoSuchVersion in Errors"
	}, `$["delete-object-wrong-version-id"]`), s3PutChecksum...),
	dynamodbTests + "test_transact_get_items": {{Target: "dynalite", Paths: []string{"$.TransactGetItems"},
		Reason: "dynalite does not implement TransactGetItems (UnknownOperationException)"}},
	snsTests + "TestSNSTopicCrud::test_tags": {
		{Target: "fauxqs", Paths: []string{`$["duplicate-key-error"]`},
			Reason: "fauxqs accepts TagResource with a duplicated tag key; AWS rejects it (InvalidParameter)"},
		{Target: GeneratedFake, Paths: []string{`$["duplicate-key-error"]`},
			Reason: "SNS TagResource: the generated fake accepts a duplicated tag key; AWS rejects it (InvalidParameter)"}},
	snsTests + "TestSNSTopicCrud::test_create_topic_test_arn": {
		{Target: "fauxqs", Paths: []string{`$["get-topic-attrs"].Attributes.Policy`, `$["get-topic-attrs"].Attributes.EffectiveDeliveryPolicy.http.defaultRequestPolicy`},
			Reason: "GetTopicAttributes: fauxqs returns no default Policy and no defaultRequestPolicy in EffectiveDeliveryPolicy"},
		{Target: GeneratedFake, Paths: []string{`$["get-topic-attrs"].Attributes`},
			Reason: "SNS GetTopicAttributes: the generated fake's Attributes hold the TopicArn and what the create set, none of AWS's " +
				"defaults (DisplayName, Owner, Policy, EffectiveDeliveryPolicy, the Subscriptions counts)"},
		{Target: GeneratedFake, Paths: []string{`$["topic-not-exists"].Error.Message`},
			Reason: `SNS NotFound: the generated fake's message names the ARN ("Topic arn:… not found"); AWS says "Topic does not exist"`}},
	snsTests + "TestSNSTopicCrud::test_create_duplicate_topic_with_more_tags": {{Target: GeneratedFake, Paths: []string{`$["exception-duplicate"]`},
		Reason: "SNS CreateTopic of an existing name with different tags: the generated fake returns the existing topic; AWS rejects it (InvalidParameter)"}},
	snsTests + "TestSNSPublishCrud::test_publish_wrong_arn_format": {{Target: "fauxqs", Paths: []string{`$["invalid-topic-arn"]`, `$["invalid-topic-arn-1"]`, `$["empty-topic"].Error.Message`},
		Reason: "Publish to a malformed TopicArn: fauxqs answers NotFound (404), or \"TopicArn is required\" for an empty one; AWS answers InvalidParameter (400) \"An ARN must have at least 6 elements\""}},
	sqsTests + "test_sse_queue_attributes": {
		{Target: "fauxqs", Paths: []string{"$.sse_kms_attributes.Attributes", "$.sse_sqs_attributes.Attributes"},
			Reason: "fauxqs rejects the SqsManagedSseEnabled attribute (Unknown attribute), so neither SSE setting is kept"}},
	sqsTests + "test_fifo_queue_send_message_with_delay_seconds_fails": {fauxqsQueryCodes, sqsfakeNoValidation},
	sqsTests + "test_create_queue_with_different_attributes_raises_exception": {fauxqsQueryCodes,
		{Target: "sqsfake", Paths: []string{"$"}, Reason: "sqsfake answers QueueNameExists with its own message, not AWS's QueueAlreadyExists naming the attribute"}},
	sqsTests + "test_invalid_dead_letter_arn_rejected_before_lookup": {
		{Target: "fauxqs", Paths: []string{"$.error_response"},
			Reason: "fauxqs accepts a RedrivePolicy whose deadLetterTargetArn is not an ARN; AWS rejects it before looking the queue up"}},
	sqsTests + "test_send_oversized_message":                                                       {fauxqsNoSizeLimit},
	sqsTests + "test_send_message_with_updated_maximum_message_size":                               {fauxqsQueryCodes},
	sqsTests + "test_send_message_batch_with_oversized_contents":                                   {fauxqsNoSizeLimit},
	sqsTests + "test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size": nil,
	sqsTests + "test_too_many_entries_in_batch_request":                                            {fauxqsBatchCount},
	sqsTests + "test_invalid_batch_id":                                                             nil,
	sqsTests + "test_send_message_with_binary_attributes": {{Target: "sqsfake", Paths: []string{"$..MD5OfMessageAttributes"},
		Reason: "sqsfake returns no MD5OfMessageAttributes"}},
	sqsTests + "test_send_receive_max_number_of_messages": {fauxqsQueryCodes, {Target: "fauxqs", Paths: []string{"$..Error.Message"},
		Reason: `MaxNumberOfMessages out of range: fauxqs's message lacks the value ("Value for parameter …" where AWS says "Value 11 for parameter …, if provided.")`}},
	sqsTests + "test_delete_message_batch_with_too_large_batch":            {fauxqsBatchCount},
	sqsTests + "test_change_message_visibility_batch_with_too_large_batch": {fauxqsBatchCount},
	sqsTests + "test_send_batch_missing_deduplication_id_for_fifo_queue": {
		{Target: "fauxqs", Paths: []string{"$.test_missing_deduplication_id_for_fifo_queue"},
			Reason: "a FIFO batch entry without MessageDeduplicationId: fauxqs answers 200 with the entry in Failed; AWS rejects the whole request with 400"}},
	sqsTests + "test_send_message_with_empty_string_attribute": {sqsfakeNoValidation,
		{Target: "fauxqs", Paths: []string{`$["empty-string-attr"]`}, Reason: "fauxqs accepts a String message attribute with an empty value; AWS rejects it"}},
	sqsTests + "test_set_unsupported_attribute_fifo": {
		{Target: "fauxqs", Paths: []string{`$["invalid-attr-name-1"]`, `$["invalid-attr-name-2"]`},
			Reason: "FifoQueue in SetQueueAttributes: fauxqs answers AWS.SimpleQueueService.InvalidAttributeValue with its own message for both queue types; " +
				"AWS answers InvalidAttributeName (Unknown Attribute FifoQueue.) on a standard queue and InvalidAttributeValue (Modifying queue type is not supported.) on a FIFO queue"}},
}
