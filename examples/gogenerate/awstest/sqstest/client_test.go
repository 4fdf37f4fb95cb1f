package sqstest_test

import (
	"os"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// This file is yours: awsparity created it once and never regenerates it.

// TestMain reports snapshot entries that no test matches any more.
func TestMain(m *testing.M) { os.Exit(snapshot.Main(m)) }

// newClient returns the client for the target TEST_TARGET selects; with
// TEST_TARGET=IN_PROCESS, pass your fake (which embeds
// sqstest.UnimplementedServer) instead of nil.
func newClient(t testing.TB) *sqs.Client { return sqstest.NewClient(t, nil) }
