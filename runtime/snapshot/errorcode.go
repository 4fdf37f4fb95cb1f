package snapshot

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"

	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Headers KeepErrorDetails sets on the SDK's copy of an error response.
const (
	// errorTypeHeader carries the JSON body's error type.
	errorTypeHeader = "X-Awsparity-Error-Type"
	// errorFieldsHeader carries, as a JSON object, the XML error
	// document's elements besides Code and Message (S3's BucketName, Key,
	// ArgumentName, …; the query protocols' Type).
	errorFieldsHeader = "X-Awsparity-Error-Fields"
)

// maxErrorBody bounds what KeepErrorDetails reads of an error response.
const maxErrorBody = 64 << 10

// KeepErrorDetails is an SDK client API option that lets Match record an
// error as completely as boto3 does, where the SDK keeps less: the JSON
// error type of a service that also sends query error codes (SQS's
// InvalidParameterValueException beside InvalidParameterValue), and the
// extra elements of an XML error document (S3's BucketName, Key,
// ArgumentName). Add it to the client's configuration:
//
//	cfg.APIOptions = append(cfg.APIOptions, snapshot.KeepErrorDetails)
//
// It reads at most 64 KiB of an error response's body, notes what it
// found on the response, and hands the SDK the same bytes.
func KeepErrorDetails(stack *middleware.Stack) error {
	return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("awsparity.KeepErrorDetails",
		func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (
			middleware.DeserializeOutput, middleware.Metadata, error,
		) {
			out, md, err := next.HandleDeserialize(ctx, in)
			resp, ok := out.RawResponse.(*smithyhttp.Response)
			if err != nil || !ok || resp.StatusCode < 300 || resp.Body == nil {
				return out, md, err
			}
			body, readErr := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			resp.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), resp.Body))
			if readErr != nil {
				return out, md, err
			}
			noteErrorDetails(resp, body)
			return out, md, err
		}), middleware.After)
}

func noteErrorDetails(resp *smithyhttp.Response, body []byte) {
	trimmed := bytes.TrimSpace(body)
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		var doc struct {
			Type string `json:"__type"`
		}
		if json.Unmarshal(trimmed, &doc) == nil && doc.Type != "" {
			// "com.amazonaws.sqs#QueueDoesNotExist" → QueueDoesNotExist
			resp.Header.Set(errorTypeHeader, doc.Type[strings.LastIndex(doc.Type, "#")+1:])
		}
	case bytes.HasPrefix(trimmed, []byte("<")):
		if fields := xmlErrorFields(trimmed); len(fields) > 0 {
			if b, err := json.Marshal(fields); err == nil {
				resp.Header.Set(errorFieldsHeader, string(b))
			}
		}
	}
}

// xmlErrorFields returns the text elements of the first <Error> element,
// as boto3 reads them, without Code and Message (the SDK has those) and
// the request ids (boto3 moves them to ResponseMetadata).
func xmlErrorFields(body []byte) map[string]string {
	d := xml.NewDecoder(bytes.NewReader(body))
	fields := map[string]string{}
	inError, depth := false, 0
	var name string
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return fields
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if !inError {
				inError = x.Name.Local == "Error"
				continue
			}
			depth++
			name = x.Name.Local
			text.Reset()
		case xml.CharData:
			if inError && depth == 1 {
				text.Write(x)
			}
		case xml.EndElement:
			if !inError {
				continue
			}
			if depth == 0 {
				return fields
			}
			if depth == 1 {
				switch name {
				case "Code", "Message", "RequestId", "HostId":
				default:
					fields[name] = text.String()
				}
			}
			depth--
		}
	}
}
