package snapshot

import (
	"fmt"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	sdk "github.com/awsparity/awsparity/runtime/internal/sdkshapes"
	ddb "github.com/awsparity/awsparity/runtime/internal/sdkshapes/types"
)

// BenchmarkTransform measures the Match pipeline (serialise, transform,
// normalise) on a Query output of 25 items with 10 attributes each.
func BenchmarkTransform(b *testing.B) {
	now := time.Now()
	out := &sdk.QueryOutput{Count: 25, ScannedCount: 25}
	for i := range 25 {
		item := map[string]ddb.AttributeValue{}
		for j := range 10 {
			item[fmt.Sprint("attr", j)] = &ddb.AttributeValueMemberS{
				Value: fmt.Sprintf("arn:aws:sqs:us-east-1:123456789012:q-%d-%d at %s", i, j, now.Format(time.RFC3339)),
			}
		}
		item["id"] = &ddb.AttributeValueMemberS{Value: fmt.Sprintf("0c5e6f3e-7a0b-4d1c-9b6a-%012d", i)}
		out.Items = append(out.Items, item)
	}
	out.LastEvaluatedKey = map[string]ddb.AttributeValue{"id": &ddb.AttributeValueMemberS{Value: aws.ToString(nil)}}
	ts := []Transformer{Identifiers("id"), SortBy("$.Items", "id")}
	b.ReportAllocs()
	for b.Loop() {
		s := &Snapshot{refs: newPlaceholders()}
		if _, err := s.transform(out, ts); err != nil {
			b.Fatal(err)
		}
	}
}
