module github.com/awsparity/awsparity/runtime

go 1.24

require (
	github.com/aws/aws-sdk-go-v2 v1.24.1
	github.com/aws/smithy-go v1.19.0
)
