package smithy

import (
	"encoding/json"

	gojson "github.com/goccy/go-json"
)

// decode decodes a Smithy JSON AST document. goccy/go-json decodes the 402
// AWS models about five times faster than encoding/json, into the same
// values (TestDecodersAgree and FuzzLoad check that); whenever it fails,
// or panics on hostile input, encoding/json decodes again, so that errors
// are encoding/json's, whose offsets modelfile.DecodeError turns into
// places.
func decode(data []byte) (*document, error) {
	if doc := decodeFast(data); doc != nil {
		return doc, nil
	}
	return decodeStd(data)
}

// decodeFast decodes data with goccy/go-json, or returns nil.
func decodeFast(data []byte) (doc *document) {
	defer func() {
		if recover() != nil {
			doc = nil
		}
	}()
	doc = new(document)
	if gojson.Unmarshal(data, doc) != nil {
		return nil
	}
	return doc
}

// decodeStd decodes data with encoding/json.
func decodeStd(data []byte) (*document, error) {
	doc := new(document)
	if err := json.Unmarshal(data, doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// The types below mirror the parts of the Smithy JSON AST that the IR needs.
// Traits are struct fields rather than a map of raw messages so that
// encoding/json skips the unused ones (endpoint rules, example outputs)
// without allocating, which is most of the bytes in AWS models. A member's
// are behind a pointer because many members have none and the struct is
// large.

type document struct {
	Smithy string            `json:"smithy"`
	Shapes map[string]*shape `json:"shapes"`
}

type ref struct {
	Target string `json:"target"`
}

type member struct {
	Target string  `json:"target"`
	Traits *traits `json:"traits"`
}

type shape struct {
	Type    string             `json:"type"`
	Version string             `json:"version"`
	Members map[string]*member `json:"members"`
	Member  *member            `json:"member"`
	Key     *member            `json:"key"`
	Value   *member            `json:"value"`

	Input  *ref  `json:"input"`
	Output *ref  `json:"output"`
	Errors []ref `json:"errors"`

	Operations           []ref          `json:"operations"`
	Resources            []ref          `json:"resources"`
	CollectionOperations []ref          `json:"collectionOperations"`
	Identifiers          map[string]ref `json:"identifiers"`
	Properties           map[string]ref `json:"properties"`
	Create               *ref           `json:"create"`
	Put                  *ref           `json:"put"`
	Read                 *ref           `json:"read"`
	Update               *ref           `json:"update"`
	Delete               *ref           `json:"delete"`
	List                 *ref           `json:"list"`

	Traits traits `json:"traits"`
}

// present decodes annotation traits ({} or an object whose content the IR
// does not need); non-nil means the trait is set.
type present = *struct{}

type traits struct {
	Documentation string  `json:"smithy.api#documentation"`
	Deprecated    present `json:"smithy.api#deprecated"`
	Sensitive     present `json:"smithy.api#sensitive"`
	Title         string  `json:"smithy.api#title"`

	// Services.
	Service *struct {
		SDKID          string `json:"sdkId"`
		ARNNamespace   string `json:"arnNamespace"`
		EndpointPrefix string `json:"endpointPrefix"`
	} `json:"aws.api#service"`
	SigV4 *struct {
		Name string `json:"name"`
	} `json:"aws.auth#sigv4"`
	AWSJSON10 present `json:"aws.protocols#awsJson1_0"`
	AWSJSON11 present `json:"aws.protocols#awsJson1_1"`
	RestJSON1 present `json:"aws.protocols#restJson1"`
	RestXML   present `json:"aws.protocols#restXml"`
	AWSQuery  present `json:"aws.protocols#awsQuery"`
	EC2Query  present `json:"aws.protocols#ec2Query"`
	RPCv2CBOR present `json:"smithy.protocols#rpcv2Cbor"`

	// Operations.
	HTTP *struct {
		Method string `json:"method"`
		URI    string `json:"uri"`
		Code   int    `json:"code"`
	} `json:"smithy.api#http"`
	Idempotent present    `json:"smithy.api#idempotent"`
	ReadOnly   present    `json:"smithy.api#readonly"`
	Paginated  *paginated `json:"smithy.api#paginated"`
	// Examples keep only each example's input, which fixtures start from.
	Examples []struct {
		Title string          `json:"title"`
		Input json.RawMessage `json:"input"`
	} `json:"smithy.api#examples"`
	Waitable map[string]struct {
		MinDelay *int `json:"minDelay"`
		MaxDelay *int `json:"maxDelay"`
	} `json:"smithy.waiters#waitable"`

	// Shapes.
	Error         string `json:"smithy.api#error"`
	AWSQueryError *struct {
		Code string `json:"code"`
	} `json:"aws.protocols#awsQueryError"`
	Sparse          present `json:"smithy.api#sparse"`
	Streaming       present `json:"smithy.api#streaming"`
	TimestampFormat string  `json:"smithy.api#timestampFormat"`
	ARN             *struct {
		Template string `json:"template"`
	} `json:"aws.api#arn"`
	ARNReference *struct {
		Type     string `json:"type"`
		Resource string `json:"resource"`
	} `json:"aws.api#arnReference"`
	// Enum is the Smithy 1.0 enum trait on strings.
	Enum []struct {
		Value string `json:"value"`
		Name  string `json:"name"`
	} `json:"smithy.api#enum"`

	// Shapes and members: constraints.
	Length *struct {
		Min *int64 `json:"min"`
		Max *int64 `json:"max"`
	} `json:"smithy.api#length"`
	Range *struct {
		Min *float64 `json:"min"`
		Max *float64 `json:"max"`
	} `json:"smithy.api#range"`
	Pattern string `json:"smithy.api#pattern"`

	// Members.
	Required          present         `json:"smithy.api#required"`
	Default           json.RawMessage `json:"smithy.api#default"`
	ClientOptional    present         `json:"smithy.api#clientOptional"`
	AddedDefault      present         `json:"smithy.api#addedDefault"`
	IdempotencyToken  present         `json:"smithy.api#idempotencyToken"`
	HostLabel         present         `json:"smithy.api#hostLabel"`
	HTTPLabel         present         `json:"smithy.api#httpLabel"`
	HTTPQuery         *string         `json:"smithy.api#httpQuery"`
	HTTPQueryParams   present         `json:"smithy.api#httpQueryParams"`
	HTTPHeader        *string         `json:"smithy.api#httpHeader"`
	HTTPPrefixHeaders *string         `json:"smithy.api#httpPrefixHeaders"`
	HTTPPayload       present         `json:"smithy.api#httpPayload"`
	HTTPResponseCode  present         `json:"smithy.api#httpResponseCode"`
	JSONName          string          `json:"smithy.api#jsonName"`
	XMLName           string          `json:"smithy.api#xmlName"`
	XMLFlattened      present         `json:"smithy.api#xmlFlattened"`
	XMLAttribute      present         `json:"smithy.api#xmlAttribute"`
	// EnumValue is a string on enum members and an integer on intEnum members.
	EnumValue json.RawMessage `json:"smithy.api#enumValue"`
}

type paginated struct {
	InputToken  string `json:"inputToken"`
	OutputToken string `json:"outputToken"`
	Items       string `json:"items"`
	PageSize    string `json:"pageSize"`
}
