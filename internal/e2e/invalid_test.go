package e2e

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dynamodbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/runtime/fixture"
)

// AWS checks a create's input against the model's constraints before
// anything else and answers ValidationException; these bodies send one
// input that breaks a constraint and expect that, creating nothing.

// testTableInvalid sends a BillingMode outside the model's enum.
func testTableInvalid(t tb, c *clients) {
	name := fixture.UniqueName("awsparity")
	_, err := c.dynamodb.CreateTable(t.Context(), &dynamodb.CreateTableInput{
		TableName:            aws.String(name),
		AttributeDefinitions: []dynamodbtypes.AttributeDefinition{{AttributeName: aws.String("pk"), AttributeType: dynamodbtypes.ScalarAttributeTypeS}},
		KeySchema:            []dynamodbtypes.KeySchemaElement{{AttributeName: aws.String("pk"), KeyType: dynamodbtypes.KeyTypeHash}},
		BillingMode:          "FREE",
	})
	if err == nil {
		fixture.Cleanup(t, "table "+name, func(ctx context.Context) error {
			_, err := c.dynamodb.DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String(name)})
			return err
		})
	}
	wantValidation(t, "CreateTable with BillingMode FREE", err)
}

// testStreamInvalid sends a StreamName outside the model's pattern
// [a-zA-Z0-9_.-]+, which AWS matches against the whole name.
func testStreamInvalid(t tb, c *clients) {
	name := fixture.UniqueName("awsparity") + " !"
	_, err := c.kinesis.CreateStream(t.Context(), &kinesis.CreateStreamInput{StreamName: aws.String(name), ShardCount: aws.Int32(1)})
	if err == nil {
		fixture.Cleanup(t, "stream "+name, func(ctx context.Context) error {
			_, err := c.kinesis.DeleteStream(ctx, &kinesis.DeleteStreamInput{StreamName: aws.String(name)})
			return err
		})
	}
	wantValidation(t, "CreateStream named "+name, err)
}

func wantValidation(t testing.TB, call string, err error) {
	t.Helper()
	var api smithy.APIError
	switch {
	case err == nil:
		t.Errorf("%s succeeded; want ValidationException", call)
	case !errors.As(err, &api) || api.ErrorCode() != "ValidationException":
		t.Errorf("%s: %v; want ValidationException", call, err)
	}
}
