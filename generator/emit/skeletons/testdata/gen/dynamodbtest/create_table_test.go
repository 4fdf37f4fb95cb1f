package dynamodbtest_test

import (
	"testing"

	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTable is the parity test of DynamoDB CreateTable.
// The CreateTable operation adds a new table to your account.
func TestCreateTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	// dynamodbtest.CreateTable calls CreateTable with this input and deletes the Table when the test ends.
	created := dynamodbtest.CreateTable(t, client, func(o *dynamodbtest.CreateTableOptions) {
		// o.Input.TableName = aws.String("__TableName__") // required; the fixture sets it
	})
	out := created.Output
	snap.Match("create-table", out)
}
