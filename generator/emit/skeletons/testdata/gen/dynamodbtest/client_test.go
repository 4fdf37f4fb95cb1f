package dynamodbtest_test

import (
	"os"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { os.Exit(snapshot.Main(m)) }

// newClient returns the client for the target TEST_TARGET selects; with
// TEST_TARGET=IN_PROCESS, pass your fake (which embeds
// dynamodbtest.UnimplementedServer) instead of nil.
func newClient(t testing.TB) *dynamodb.Client { return dynamodbtest.NewClient(t, nil) }
