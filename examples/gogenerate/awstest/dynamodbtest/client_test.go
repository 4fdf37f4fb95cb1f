package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { snapshot.Main(m) }

// newClient returns the DynamoDB client for the target TEST_TARGET selects:
// an emulator (the default; AWS_ENDPOINT_URL), real AWS (AWS_CLOUD), or
// IN_PROCESS, where newServer answers every call.
func newClient(t testing.TB) *dynamodb.Client {
	t.Helper()
	cfg := target.Config(t)
	kind, _ := target.Current()
	if kind == target.InProcess {
		return dynamodb.NewFromConfig(cfg, dynamodbtest.WithServer(newServer()))
	}
	return dynamodb.NewFromConfig(cfg)
}

// newServer returns the in-process implementation. Replace
// dynamodbtest.UnimplementedServer with your fake (which embeds it): every
// operation the fake lacks answers NotImplemented, and its test is skipped.
func newServer() dynamodbtest.Server { return dynamodbtest.UnimplementedServer{} }
