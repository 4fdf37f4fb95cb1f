package target

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"

	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// awsHostSuffixes are the domains of AWS's own endpoints (commercial,
// dual-stack and China partitions). A test endpoint under one of them would
// send test traffic, signed with test credentials, to AWS.
var awsHostSuffixes = []string{".amazonaws.com", ".api.aws", ".amazonaws.com.cn"}

const serviceVarPrefix = "AWS_ENDPOINT_URL_"

// endpoints are the test endpoints read from the environment once, checked
// before any client uses them. It is the configuration source the SDK's
// service clients ask for AWS_ENDPOINT_URL_<SERVICE> (through
// GetServiceBaseEndpoint), so no value reaches a client unchecked.
type endpoints struct {
	base       string
	perService map[string]string // variable name → URL
}

// readEndpoints reads and checks AWS_ENDPOINT_URL and every
// AWS_ENDPOINT_URL_<SERVICE>; the error names the variable.
func readEndpoints() (endpoints, error) {
	eps := endpoints{base: DefaultEndpoint, perService: map[string]string{}}
	if v := os.Getenv("AWS_ENDPOINT_URL"); v != "" {
		if err := checkEndpoint("AWS_ENDPOINT_URL", v); err != nil {
			return endpoints{}, err
		}
		eps.base = v
	}
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, serviceVarPrefix) || value == "" {
			continue
		}
		if err := checkEndpoint(name, value); err != nil {
			return endpoints{}, err
		}
		eps.perService[name] = value
	}
	return eps, nil
}

// checkEndpoint refuses a value that is not an absolute http(s) URL or whose
// host belongs to AWS.
func checkEndpoint(name, value string) error {
	u, err := url.Parse(value)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s=%q is not an http or https URL with a host", name, value)
	}
	if host := u.Hostname(); isAWSHost(host) {
		return fmt.Errorf("%s=%q points at AWS (%s); test targets other than %s=%s only talk to emulators and fakes",
			name, value, host, EnvTarget, valueAWS)
	}
	return nil
}

// IsAWSEndpoint reports whether a client with this base endpoint would
// reach AWS: no endpoint (the SDK resolves AWS's own), an AWS host, or a
// value that does not parse (the safe answer).
func IsAWSEndpoint(endpoint *string) bool {
	if endpoint == nil || *endpoint == "" {
		return true
	}
	u, err := url.Parse(*endpoint)
	return err != nil || isAWSHost(u.Hostname())
}

// isAWSHost reports whether host is, or is under, one of AWS's domains.
func isAWSHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, suffix := range awsHostSuffixes {
		if host == suffix[1:] || strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// refuseAWSHosts is the last middleware before the transport of every
// emulator and in-process client: whatever chose the endpoint (a client's
// own BaseEndpoint option, an endpoint resolver, a service client too old
// to honour aws.Config.BaseEndpoint, which resolves AWS's own endpoints), a
// request for an AWS host fails here instead of being sent.
func refuseAWSHosts(stack *middleware.Stack) error {
	return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("awsparity.RefuseAWSHosts",
		func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
			if req, ok := in.Request.(*smithyhttp.Request); ok && isAWSHost(req.URL.Hostname()) {
				return middleware.DeserializeOutput{}, middleware.Metadata{}, errAWSHost{host: req.URL.Hostname()}
			}
			return next.HandleDeserialize(ctx, in)
		}), middleware.After)
}

type errAWSHost struct{ host string }

func (e errAWSHost) Error() string {
	return fmt.Sprintf("target: a request for %s refused: it is an AWS host, and only %s=%s reaches AWS", e.host, EnvTarget, valueAWS)
}

// RetryableError stops the SDK retryer from retrying the refusal.
func (errAWSHost) RetryableError() bool { return false }

// serviceVar is the variable the SDK reads for a service: the sdkId upper
// cased, spaces as underscores ("CloudWatch Logs" → AWS_ENDPOINT_URL_CLOUDWATCH_LOGS).
func serviceVar(sdkID string) string {
	return serviceVarPrefix + strings.ToUpper(strings.ReplaceAll(sdkID, " ", "_"))
}

// GetServiceBaseEndpoint is what the SDK's service clients ask their
// configuration sources for a service-specific endpoint.
func (e endpoints) GetServiceBaseEndpoint(_ context.Context, sdkID string) (string, bool, error) {
	v, ok := e.perService[serviceVar(sdkID)]
	return v, ok, nil
}

// describe is the endpoint part of the target's log line.
func (e endpoints) describe() string {
	s := e.base
	if len(e.perService) > 0 {
		vars := make([]string, 0, len(e.perService))
		for name, v := range e.perService {
			vars = append(vars, name+"="+v)
		}
		sort.Strings(vars)
		s += " (overridden by " + strings.Join(vars, ", ") + ")"
	}
	return s
}
