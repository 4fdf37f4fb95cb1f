package sweep_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/runtime/sweep"
)

func TestStartRefusesAWS(t *testing.T) {
	local := "http://127.0.0.1:4566"
	for _, tc := range []struct {
		name, target string
		endpoint     *string
		opts         []sweep.Option
		refused      bool
	}{
		{"emulator", "", &local, nil, false},
		{"no endpoint", "", nil, nil, true},
		{"empty endpoint", "", new(string), nil, true},
		{"AWS host", "", ptr("https://sqs.us-east-1.amazonaws.com"), []sweep.Option{sweep.ConfirmAWS()}, true},
		{"AWS host with a dot", "", ptr("https://s3.cn-north-1.amazonaws.com.cn."), nil, true},
		{"api.aws", "", ptr("https://lambda.us-east-1.api.aws"), nil, true},
		{"AWS_CLOUD alone", "AWS_CLOUD", nil, nil, true},
		{"ConfirmAWS alone", "", nil, []sweep.Option{sweep.ConfirmAWS()}, true},
		{"both", "AWS_CLOUD", nil, []sweep.Option{sweep.ConfirmAWS()}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("TEST_TARGET", tc.target)
			_, err := sweep.Start("SQS", tc.endpoint, tc.opts...)
			if refused := err != nil && strings.Contains(err.Error(), "refusing to reach AWS"); refused != tc.refused {
				t.Errorf("Start error = %v, want refused=%v", err, tc.refused)
			}
		})
	}
	if _, err := sweep.Start("SQS", &local, sweep.Prefix("")); err == nil {
		t.Error("an empty prefix was accepted")
	}
}

func ptr(s string) *string { return &s }

func TestConsider(t *testing.T) {
	local := "http://127.0.0.1:4566"
	ctx := context.Background()
	var deleted []string
	del := func(_ context.Context, id string) error {
		deleted = append(deleted, id)
		switch {
		case strings.HasSuffix(id, "gone"):
			return &smithy.GenericAPIError{Code: "ResourceNotFoundException"}
		case strings.HasSuffix(id, "denied"):
			return &smithy.GenericAPIError{Code: "AccessDenied"}
		}
		return nil
	}
	ids := []string{
		"awsparity-1a2b3c4d", "http://127.0.0.1:4566/000000000000/awsparity-queue",
		"arn:aws:sns:us-east-1:000000000000:awsparity-gone", "awsparity-denied",
		"orders", "http://127.0.0.1/000000000000/orders-awsparity-x",
	}

	sw, err := sweep.Start("SQS", &local)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		sw.Consider(ctx, "Queue", id, del)
	}
	sw.ListFailed("Topic", &smithy.GenericAPIError{Code: "InvalidAction"})
	found, err := sw.Done()
	if err != nil || len(found) != 4 || len(deleted) != 0 {
		t.Fatalf("listing: found %v, error %v, deleted %v; want the 4 prefixed ids, nothing deleted", found, err, deleted)
	}

	sw, err = sweep.Start("SQS", &local, sweep.Delete(), sweep.Timeout(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		sw.Consider(ctx, "Queue", id, del)
	}
	sw.ListFailed("Topic", &smithy.GenericAPIError{Code: "ThrottlingException"})
	found, err = sw.Done()
	if len(found) != 4 || len(deleted) != 4 {
		t.Fatalf("deleting: found %v, deleted %v", found, deleted)
	}
	for _, f := range found {
		if wantErr := strings.HasSuffix(f.ID, "denied"); (f.Err != nil) != wantErr || f.Deleted == wantErr {
			t.Errorf("%s: deleted=%v err=%v", f.ID, f.Deleted, f.Err)
		}
	}
	var apiErr smithy.APIError
	if err == nil || !strings.Contains(err.Error(), "awsparity-denied") || !strings.Contains(err.Error(), "listing SQS Topics") || !errors.As(err, &apiErr) {
		t.Errorf("Done error = %v, want one naming awsparity-denied and the failed listing, wrapping the API errors", err)
	}
}
