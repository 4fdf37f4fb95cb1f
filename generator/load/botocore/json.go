package botocore

// The types below mirror the parts of botocore's service-2.json (and
// aws-sdk-go v1's identical api-2.json) that the IR needs.

type document struct {
	Metadata   *metadata             `json:"metadata"`
	Operations map[string]*operation `json:"operations"`
	Shapes     map[string]*shape     `json:"shapes"`
}

type metadata struct {
	APIVersion      string   `json:"apiVersion"`
	EndpointPrefix  string   `json:"endpointPrefix"`
	JSONVersion     string   `json:"jsonVersion"`
	Protocol        string   `json:"protocol"`
	Protocols       []string `json:"protocols"`
	ServiceFullName string   `json:"serviceFullName"`
	ServiceID       string   `json:"serviceId"`
	SigningName     string   `json:"signingName"`
	TargetPrefix    string   `json:"targetPrefix"`
}

type ref struct {
	Shape string `json:"shape"`
}

type operation struct {
	Name string `json:"name"`
	HTTP struct {
		Method       string `json:"method"`
		RequestURI   string `json:"requestUri"`
		ResponseCode int    `json:"responseCode"`
	} `json:"http"`
	Input         *ref   `json:"input"`
	Output        *ref   `json:"output"`
	Errors        []ref  `json:"errors"`
	Documentation string `json:"documentation"`
	Idempotent    bool   `json:"idempotent"`
	ReadOnly      bool   `json:"readonly"`
	Deprecated    bool   `json:"deprecated"`
}

type shape struct {
	Type     string             `json:"type"`
	Members  map[string]*member `json:"members"`
	Member   *member            `json:"member"`
	Key      *member            `json:"key"`
	Value    *member            `json:"value"`
	Required []string           `json:"required"`
	Enum     []string           `json:"enum"`
	Payload  string             `json:"payload"`

	Union       bool `json:"union"`
	Document    bool `json:"document"`
	Exception   bool `json:"exception"`
	Fault       bool `json:"fault"`
	EventStream bool `json:"eventstream"`
	Streaming   bool `json:"streaming"`
	Sensitive   bool `json:"sensitive"`
	Deprecated  bool `json:"deprecated"`
	Flattened   bool `json:"flattened"`
	Sparse      bool `json:"sparse"`
	Error       *struct {
		Code           string `json:"code"`
		HTTPStatusCode int    `json:"httpStatusCode"`
		SenderFault    bool   `json:"senderFault"`
	} `json:"error"`
	TimestampFormat string `json:"timestampFormat"`
	Documentation   string `json:"documentation"`
	// Min and Max bound a string's, blob's, list's or map's length, or a
	// number's value.
	Min     *float64 `json:"min"`
	Max     *float64 `json:"max"`
	Pattern string   `json:"pattern"`
}

type member struct {
	Shape            string `json:"shape"`
	Location         string `json:"location"`
	LocationName     string `json:"locationName"`
	Documentation    string `json:"documentation"`
	IdempotencyToken bool   `json:"idempotencyToken"`
	HostLabel        bool   `json:"hostLabel"`
	Deprecated       bool   `json:"deprecated"`
	Flattened        bool   `json:"flattened"`
	XMLAttribute     bool   `json:"xmlAttribute"`
}

type waitersDoc struct {
	Waiters map[string]struct {
		Operation   string `json:"operation"`
		Delay       int    `json:"delay"`
		MaxAttempts int    `json:"maxAttempts"`
	} `json:"waiters"`
}

type paginatorsDoc struct {
	// Token fields are one name or a list of names, hence any.
	Pagination map[string]struct {
		InputToken  any `json:"input_token"`
		OutputToken any `json:"output_token"`
		ResultKey   any `json:"result_key"`
		LimitKey    any `json:"limit_key"`
	} `json:"pagination"`
}
