package fakestore

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Kind describes one resource type of a service: how a new one is named
// and identified, and what its operations answer when it is missing.
type Kind struct {
	// Name is the resource's noun, e.g. Queue.
	Name string
	// ID is where the identifier comes from.
	ID ID
	// NameField is the create input field holding the resource's name
	// ("QueueName"), "" when it has none.
	NameField string
	// ARN is the template of the resource's ARN (see Expand), "" when the
	// resource has none.
	ARN string
	// Tags is the create input field holding tags, "" when it takes none.
	Tags string
	// Parent, when set, is the resource this one belongs to: creating it
	// needs a live parent, and deleting the parent deletes it or is
	// refused (see the parent's InUse).
	Parent *Parent
	// NotFound builds the error a missing resource answers with (the
	// service's modelled not-found error); nil answers an APIError coded
	// Name+"NotFound".
	NotFound func(msg string) error
	// Exists builds the error a create answers when a resource of the same
	// name is live; nil makes such a create answer the live resource, as
	// idempotent creates (SQS CreateQueue, SNS CreateTopic) do.
	Exists func(msg string) error
	// InUse builds the error a delete answers while children are live (the
	// delete's modelled conflict error: IAM's DeleteConflict); nil deletes
	// the children with it, as deleting a log group deletes its streams.
	InUse func(msg string) error
}

// Parent names the parent of a Kind: the create input field that holds
// the parent's identifier, ARN or name.
type Parent struct {
	Kind  *Kind
	Field string
}

// ID says where a resource's identifier comes from.
type ID struct {
	// Path is the create input (FromInput) or output field path of the
	// identifier, Go field names; a segment ending in "[0]" is a slice
	// whose first element holds the rest (EC2 RunInstances'
	// Instances[0].InstanceId).
	Path      []string
	FromInput bool
	// Template makes the identifier up when it is not an input (see
	// Expand): "{arn}", "{uuid}", "vpc-{hex17}",
	// "https://sqs.{region}.amazonaws.com/{account}/{name}".
	Template string
}

// Expand fills a template's placeholders: {partition}, {region},
// {account}, {name}, {id}, {uuid}, {hexN} (N random hex digits), {seq}
// (a counter per store), and in a create {in.Field}, a string field of its
// input (an SNS subscription's ARN is {in.TopicArn}:{uuid}). An unknown
// placeholder is kept as written.
func Expand(tpl string, vars map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		key := tpl[i+1 : i+j]
		switch v, ok := vars[key]; {
		case ok:
			b.WriteString(v)
		case key == "uuid":
			b.WriteString(uuid())
		case strings.HasPrefix(key, "hex"):
			n, err := strconv.Atoi(key[3:])
			if err != nil || n <= 0 || n > 64 {
				b.WriteString(tpl[i : i+j+1])
				break
			}
			b.WriteString(randomHex(n))
		default:
			b.WriteString(tpl[i : i+j+1])
		}
		tpl = tpl[i+j+1:]
	}
}

func randomHex(n int) string {
	buf := make([]byte, (n+1)/2)
	_, _ = rand.Read(buf) // crypto/rand.Read never fails since Go 1.24
	return hex.EncodeToString(buf)[:n]
}

func uuid() string {
	h := randomHex(32)
	return fmt.Sprintf("%s-%s-4%s-a%s-%s", h[0:8], h[8:12], h[13:16], h[17:20], h[20:32])
}

// Partition is the ARN partition of region.
func Partition(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(region, "us-gov-"):
		return "aws-us-gov"
	}
	return "aws"
}

// idField is the Go field name the identifier has in the create call.
func (k *Kind) idField() string {
	if len(k.ID.Path) == 0 {
		return ""
	}
	last, _ := strings.CutSuffix(k.ID.Path[len(k.ID.Path)-1], "[0]")
	return last
}
