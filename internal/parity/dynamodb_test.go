package parity

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// Ported from LocalStack's tests/aws/services/dynamodb/test_dynamodb.py (Apache-2.0).
const dynamodbTests = "tests/aws/services/dynamodb/test_dynamodb.py::TestDynamoDB::"

func dynamodbRun(t *testing.T, name string, body func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot)) {
	runPorted(t, "dynamodb", dynamodbTests+name, []snapshot.Option{snapshot.WithTransformers(dynamodbtest.Transformers()...)},
		func(t *testing.T, tg Target) *dynamodb.Client {
			return clientOf(t, tg, dynamodb.NewFromConfig, dynamodbtest.WithServer(Bind(tg, dynamodbtest.NewFake())))
		}, body)
}

type item = map[string]types.AttributeValue

func s(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }

// table creates a table keyed as LocalStack's dynamodb_create_table
// fixture does: partition key id, provisioned 5/5.
func table(t *testing.T, c *dynamodb.Client, keys ...string) *string {
	t.Helper()
	if len(keys) == 0 {
		keys = []string{"id"}
	}
	return dynamodbtest.CreateTable(t, c, func(o *dynamodbtest.CreateTableOptions) {
		in := o.Input
		in.AttributeDefinitions, in.KeySchema = nil, nil
		for i, k := range keys {
			kind := types.KeyTypeHash
			if i > 0 {
				kind = types.KeyTypeRange
			}
			in.AttributeDefinitions = append(in.AttributeDefinitions, types.AttributeDefinition{AttributeName: aws.String(k), AttributeType: types.ScalarAttributeTypeS})
			in.KeySchema = append(in.KeySchema, types.KeySchemaElement{AttributeName: aws.String(k), KeyType: kind})
		}
		in.BillingMode = types.BillingModeProvisioned
		in.ProvisionedThroughput = &types.ProvisionedThroughput{ReadCapacityUnits: aws.Int64(5), WriteCapacityUnits: aws.Int64(5)}
	}).Output.TableDescription.TableName
}

func TestDynamoDBValidLocalSecondaryIndex(t *testing.T) {
	dynamodbRun(t, "test_valid_local_secondary_index", func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot) {
		name := dynamodbtest.CreateTable(t, c, func(o *dynamodbtest.CreateTableOptions) {
			in := o.Input
			in.KeySchema = []types.KeySchemaElement{{AttributeName: aws.String("PK"), KeyType: types.KeyTypeHash}, {AttributeName: aws.String("SK"), KeyType: types.KeyTypeRange}}
			in.AttributeDefinitions = []types.AttributeDefinition{{AttributeName: aws.String("PK"), AttributeType: types.ScalarAttributeTypeS},
				{AttributeName: aws.String("SK"), AttributeType: types.ScalarAttributeTypeS}, {AttributeName: aws.String("LSI1SK"), AttributeType: types.ScalarAttributeTypeN}}
			in.LocalSecondaryIndexes = []types.LocalSecondaryIndex{{IndexName: aws.String("LSI1"),
				KeySchema:  []types.KeySchemaElement{{AttributeName: aws.String("PK"), KeyType: types.KeyTypeHash}, {AttributeName: aws.String("LSI1SK"), KeyType: types.KeyTypeRange}},
				Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll}}}
			in.BillingMode = types.BillingModeProvisioned
			in.ProvisionedThroughput = &types.ProvisionedThroughput{ReadCapacityUnits: aws.Int64(5), WriteCapacityUnits: aws.Int64(5)}
		}).Output.TableDescription.TableName
		of(c.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: name,
			Item: item{"SK": s("hello"), "LSI1SK": &types.AttributeValueMemberN{Value: "123"}, "PK": s("test one")}})).must(t)
		snap.Match("Items", of(c.Query(t.Context(), &dynamodb.QueryInput{TableName: name, IndexName: aws.String("LSI1"),
			KeyConditionExpression: aws.String("PK = :v1"), ExpressionAttributeValues: item{":v1": s("test one")}, Select: types.SelectAllAttributes})).must(t))
	})
}

func TestDynamoDBReturnValuesInPutItem(t *testing.T) {
	dynamodbRun(t, "test_return_values_in_put_item", func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot) {
		name := table(t, c)
		item1 := item{"id": s("id1"), "data": s("foobar")}
		item2 := item{"id": s("id2"), "data": s("foobar")}
		put := func(key string, it item, rv types.ReturnValue) {
			snap.Match(key, of(c.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: name, Item: it, ReturnValues: rv})).must(t))
		}
		// Nothing is there yet, so ALL_OLD returns nothing; then the old item.
		put("PutFirstItem", item1, types.ReturnValueAllOld)
		put("PutFirstItemOLD", item1, types.ReturnValueAllOld)
		put("PutFirstItemB", item1, types.ReturnValueAllOld)
		put("PutSecondItem", item2, "")
		put("PutSecondItemReturnNone", item2, types.ReturnValueNone)
	})
}

func TestDynamoDBBatchWriteBinary(t *testing.T) {
	dynamodbRun(t, "test_batch_write_binary", func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot) {
		name := table(t, c, "PK", "SK")
		b := func(v string) types.AttributeValue { return &types.AttributeValueMemberB{Value: []byte(v)} }
		of(c.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: name, Item: item{"PK": s("hello"), "SK": s("user"), "data": b("test")}})).must(t)
		snap.Match("Response", of(c.BatchWriteItem(t.Context(), &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{*name: {
			{PutRequest: &types.PutRequest{Item: item{"PK": s("hello-1"), "SK": s("user-1"), "data": b("test")}}},
			{PutRequest: &types.PutRequest{Item: item{"PK": s("hello-2"), "SK": s("user-2"), "data": b("test \xc0 \xed")}}},
		}}})).must(t))
	})
}

func TestDynamoDBTransactGetItems(t *testing.T) {
	dynamodbRun(t, "test_transact_get_items", func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot) {
		name := table(t, c)
		of(c.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: name, Item: item{"id": s("John")}})).must(t)
		out, err := c.TransactGetItems(t.Context(), &dynamodb.TransactGetItemsInput{TransactItems: []types.TransactGetItem{
			{Get: &types.Get{TableName: name, Key: item{"id": s("John")}}}}})
		snap.Match("TransactGetItems", answer(t, out, err))
	})
}

func TestDynamoDBBatchWriteItems(t *testing.T) {
	dynamodbRun(t, "test_batch_write_items", func(t *testing.T, c *dynamodb.Client, snap *snapshot.Snapshot) {
		name := table(t, c)
		of(c.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: name, Item: item{"id": s("Fred")}})).must(t)
		snap.Match("BatchWriteResponse", of(c.BatchWriteItem(t.Context(), &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{*name: {
			{PutRequest: &types.PutRequest{Item: item{"id": s("Bob")}}},
			{PutRequest: &types.PutRequest{Item: item{"id": s("Alice")}}},
			{DeleteRequest: &types.DeleteRequest{Key: item{"id": s("Fred")}}},
		}}})).must(t))
	})
}
