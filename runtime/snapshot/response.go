package snapshot

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// responseMetadata is what boto3-based recordings keep of a response's
// metadata: LocalStack's ResponseMetaDataTransformer drops every header
// and the request id, leaving the HTTP status.
func responseMetadata(status int) map[string]any {
	return map[string]any{
		"HTTPHeaders":    map[string]any{},
		"HTTPStatusCode": json.Number(strconv.Itoa(status)),
	}
}

var metadataType = reflect.TypeFor[middleware.Metadata]()

// statusOf returns the HTTP status of the raw response the SDK keeps in
// an output's ResultMetadata; ok is false for a value that did not come
// over HTTP (an in-process fake that builds outputs itself still goes
// through the SDK's stack and so has one).
func statusOf(v any) (int, bool) {
	md, ok := v.(middleware.Metadata)
	if !ok {
		return 0, false
	}
	resp, ok := awsmiddleware.GetRawResponse(md).(*smithyhttp.Response)
	if !ok || resp == nil || resp.Response == nil {
		return 0, false
	}
	return resp.StatusCode, true
}

// errorTree records an API error as boto3 reports it (see Match and
// Protocol). Type comes from the fault only for the XML query protocols,
// whose error documents carry it; elsewhere boto3 reports it only through
// the x-amzn-query-error header.
func errorTree(err error, enc encoder) (any, error) {
	var api smithy.APIError
	if !errors.As(err, &api) {
		return nil, fmt.Errorf("%v: %w", err, errNotAPI)
	}
	e := map[string]any{"Code": api.ErrorCode(), "Message": api.ErrorMessage()}
	if enc.protocol.xmlQuery() {
		if t := faultType(api.ErrorFault()); t != "" {
			e["Type"] = t
		}
	}
	out := map[string]any{"Error": e}

	var resp *awshttp.ResponseError
	if errors.As(err, &resp) && resp.Response != nil {
		out["ResponseMetadata"] = responseMetadata(resp.HTTPStatusCode())
		var fields map[string]string
		if json.Unmarshal([]byte(resp.Response.Header.Get(errorFieldsHeader)), &fields) == nil {
			for k, v := range fields {
				e[k] = v
			}
		}
		// botocore: "Code;Type" replaces the JSON error's code, which
		// it keeps as QueryErrorCode.
		if code, typ, ok := strings.Cut(resp.Response.Header.Get("x-amzn-query-error"), ";"); ok && code != "" {
			e["QueryErrorCode"] = queryErrorCode(api, resp.Response.Header.Get(errorTypeHeader))
			e["Code"] = code
			e["Type"] = typ
		}
	}

	// A modelled error's own members, such as DynamoDB's "message",
	// follow at the top level, as boto3 merges them from a JSON body when
	// it finds the error's shape by its code: never for XML protocols, and
	// for a query-compatible service only when the query code is the
	// shape's name (InvalidAttributeName, not QueueAlreadyExists).
	rv := reflect.ValueOf(api)
	modelled := rv.Kind() == reflect.Pointer && !rv.IsNil() && rv.Elem().Kind() == reflect.Struct &&
		strings.HasPrefix(rv.Elem().Type().PkgPath(), sdkServicePrefix)
	if qc, ok := e["QueryErrorCode"]; ok && qc != e["Code"] {
		modelled = false
	}
	if modelled && !enc.protocol.xml() {
		members, err := enc.encode(rv, "$", 0)
		if err != nil {
			return nil, err
		}
		if m, ok := members.(map[string]any); ok {
			delete(m, "ErrorCodeOverride")
			for k, v := range m {
				if _, taken := out[k]; !taken {
					out[k] = v
				}
			}
		}
	}
	return out, nil
}

// sdkServicePrefix starts the import path of every SDK service package,
// where modelled error types live.
const sdkServicePrefix = "github.com/aws/aws-sdk-go-v2/service/"

// InProcessSkips returns the paths an in-process fake cannot produce,
// since no HTTP happens: the status and the error details AWS sends in
// headers. Match skips them when TEST_TARGET=IN_PROCESS.
func InProcessSkips() []string {
	return []string{"$..ResponseMetadata", "$..Error.Type", "$..Error.QueryErrorCode"}
}

// queryErrorCode is the error's shape name, the type AWS's JSON body
// carries: the one KeepErrorDetails noted, else the modelled error's type
// name, else (a generic error, without KeepErrorDetails) its code.
func queryErrorCode(api smithy.APIError, noted string) string {
	if noted != "" {
		return noted
	}
	if t := reflect.TypeOf(api); t.Kind() == reflect.Pointer && t.Elem() != reflect.TypeFor[smithy.GenericAPIError]() {
		return t.Elem().Name()
	}
	return api.ErrorCode()
}

func faultType(f smithy.ErrorFault) string {
	switch f {
	case smithy.FaultClient:
		return "Sender"
	case smithy.FaultServer:
		return "Receiver"
	}
	return ""
}

// parseJSONStrings replaces each map value that is a string holding a JSON
// object (an SQS or SNS policy, an SNS message body) with the object, so it
// is compared member by member and not as text whose key order and spacing
// vary. The rule is LocalStack's: map values only, strings starting with
// "{", and the parsed object is not searched again.
func parseJSONStrings(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && strings.HasPrefix(s, "{") {
				if parsed, err := decodeJSON([]byte(s), ""); err == nil {
					x[k] = parsed
				}
				continue
			}
			x[k] = parseJSONStrings(e)
		}
	case []any:
		for i := range x {
			if _, isMap := x[i].(map[string]any); isMap {
				x[i] = parseJSONStrings(x[i])
			}
		}
	}
	return v
}

// pythonBytes writes b as Python's repr of bytes, which is how boto3
// recordings store a blob (json.dumps(default=str)): b'ab\x00\n', or
// b"it's" when the bytes hold a single quote and no double quote.
func pythonBytes(b []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
