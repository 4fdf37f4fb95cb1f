// Package awstest holds the AWS test helpers awsparity generates for this
// module: one package per service (sqstest, dynamodbtest, s3test).
package awstest

//go:generate go run github.com/awsparity/awsparity/cmd/gen -services sqs,dynamodb,s3 -out .
