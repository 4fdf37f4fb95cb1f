package fault

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// EnvVar turns faults on for a whole suite; see Parse for its syntax.
const EnvVar = "AWSPARITY_FAULTS"

// FromEnv injects the faults AWSPARITY_FAULTS describes into cfg. It returns
// nil and no error when the variable is unset or empty.
func FromEnv(cfg *aws.Config) (*Injector, error) {
	spec := os.Getenv(EnvVar)
	if strings.TrimSpace(spec) == "" {
		return nil, nil
	}
	opts, err := Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EnvVar, err)
	}
	return Inject(cfg, opts...)
}

// Parse reads a fault specification, comma-separated key=value pairs; a
// value without a key continues the previous key's list:
//
//	p=0.2                                  probability (required)
//	codes=ThrottlingException,InternalError error codes (default DefaultCodes)
//	ops=dynamodb:PutItem,s3:*              operations (default all)
//	phase=before | after                   where faults strike (default both)
//	latency=10ms-50ms                      delay of every matching attempt
//	attempts=1                             attempts per call (default the SDK's)
//	seed=1                                 deterministic faults
func Parse(spec string) ([]Option, error) {
	lists := map[string][]string{}
	var order []string
	key := ""
	for _, field := range strings.Split(spec, ",") {
		field = strings.TrimSpace(field)
		k, v, ok := strings.Cut(field, "=")
		if ok {
			key = strings.TrimSpace(k)
			if _, seen := lists[key]; seen {
				return nil, fmt.Errorf("%q: %s given twice", spec, key)
			}
			order = append(order, key)
			field = strings.TrimSpace(v)
		} else if key == "" {
			return nil, fmt.Errorf("%q: %q is not key=value", spec, field)
		}
		lists[key] = append(lists[key], field)
	}
	if _, ok := lists["p"]; !ok {
		return nil, fmt.Errorf("%q: no p=PROBABILITY", spec)
	}
	var opts []Option
	for _, k := range order {
		vals := lists[k]
		one := func() (string, error) {
			if len(vals) != 1 || vals[0] == "" {
				return "", fmt.Errorf("%q: %s takes one value, got %q", spec, k, strings.Join(vals, ","))
			}
			return vals[0], nil
		}
		switch k {
		case "p":
			v, err := one()
			if err != nil {
				return nil, err
			}
			p, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, fmt.Errorf("%q: p=%s is not a number", spec, v)
			}
			opts = append(opts, Probability(p))
		case "codes":
			opts = append(opts, Codes(vals...))
		case "ops":
			opts = append(opts, Operations(vals...))
		case "phase":
			var phases []Phase
			for _, v := range vals {
				switch v {
				case "before":
					phases = append(phases, BeforeServer)
				case "after":
					phases = append(phases, AfterServer)
				default:
					return nil, fmt.Errorf("%q: phase=%s is not before or after", spec, v)
				}
			}
			opts = append(opts, Phases(phases...))
		case "latency":
			v, err := one()
			if err != nil {
				return nil, err
			}
			lo, hi, ok := strings.Cut(v, "-")
			if !ok {
				hi = lo
			}
			min, err1 := time.ParseDuration(lo)
			max, err2 := time.ParseDuration(hi)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("%q: latency=%s is not DURATION or MIN-MAX (10ms-50ms)", spec, v)
			}
			opts = append(opts, Latency(min, max))
		case "attempts":
			v, err := one()
			if err != nil {
				return nil, err
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("%q: attempts=%s is not a number", spec, v)
			}
			opts = append(opts, Attempts(n))
		case "seed":
			v, err := one()
			if err != nil {
				return nil, err
			}
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%q: seed=%s is not an unsigned integer", spec, v)
			}
			opts = append(opts, Seed(n))
		default:
			return nil, fmt.Errorf("%q: unknown key %q (known: p, codes, ops, phase, latency, attempts, seed)", spec, k)
		}
	}
	return opts, nil
}
