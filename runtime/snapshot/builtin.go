package snapshot

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/awsparity/awsparity/runtime/fixture"
)

// The always-on rules. They run on every value, after the test's own
// transformers, so a snapshot never holds an account id, a credential or a
// request id, whatever the test forgets.

// AccountID replaces every account id: the account field of an ARN, a
// 12-digit path segment (SQS queue URLs), or a value that is exactly 12
// digits (Owner, AccountId). Other 12-digit runs, such as Kinesis'
// shardId-000000000000, are not account ids and stay.
const AccountID = "111111111111"

// secretKeys maps normalised key names (lower case, no "-" or "_") to the
// placeholder their value becomes.
var secretKeys = map[string]string{
	"accesskeyid":       "<access-key-id>",
	"secretaccesskey":   "<secret-access-key>",
	"sessiontoken":      "<session-token>",
	"authorization":     "<authorization>",
	"xamzsecuritytoken": "<security-token>",
	"requestid":         "<request-id>",
	"xamzrequestid":     "<request-id>",
	"xamznrequestid":    "<request-id>",
	"xamzid2":           "<request-id-2>",
	// SNS notifications (also inside SQS messages) carry a signature.
	"signature": "<signature>",
}

// notificationURLs are the SNS notification members holding URLs whose
// host names the region's endpoint: they become LocalStack's placeholders,
// "<cert-domain>/SimpleNotificationService-<signing-cert-file:1>" and
// "<unsubscribe-domain>/?Action=Unsubscribe&SubscriptionArn=…".
var notificationURLs = map[string]string{
	"signingcerturl": "<cert-domain>",
	"unsubscribeurl": "<unsubscribe-domain>",
	"subscribeurl":   "<subscribe-domain>",
}

var reURLHost = regexp.MustCompile(`^https?://[^/?]+`)

// notificationURL rewrites the host of an SNS notification URL and
// numbers a signing certificate's file.
func notificationURL(p *Placeholders, domain, url string) string {
	url = reURLHost.ReplaceAllString(url, domain)
	const cert = "/SimpleNotificationService-"
	if i := strings.Index(url, cert); i >= 0 && !isPlaceholder(url[i+len(cert):]) {
		url = url[:i+len(cert)] + p.number("signing-cert-file", url[i+len(cert):])
	}
	return url
}

var (
	reAccessKey = regexp.MustCompile(`\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`)
	reUUID      = regexp.MustCompile(`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`)
	reAccount   = regexp.MustCompile(`^\d{12}$|(arn:[\w-]+:[\w-]*:[\w-]*:)\d{12}\b|(/)\d{12}(/|$)`)
	// rePartition finds the partition of every ARN, also inside text.
	rePartition = regexp.MustCompile(`\barn:aws(?:-[a-z]+)*:`)
	reRegion    = regexp.MustCompile(`\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d+\b`)
	// A configured region outside the list above (a new partition, say)
	// is still replaced if it has a region's shape.
	reRegionShape = regexp.MustCompile(`^[a-z]{2}(?:-[a-z]+)+-\d+$`)
	reISO         = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2}|[+-]\d{4})?`)
	reHTTPDate    = regexp.MustCompile(`\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b`)
	reEpoch       = regexp.MustCompile(`^(\d{10}|\d{13})(?:\.\d+)?$`)
	reTimeKey     = regexp.MustCompile(`(?:Timestamp|Time|Date)$`)
)

var keyNormaliser = strings.NewReplacer("-", "", "_", "")

// scrubSecrets runs first, before the test's transformers, so no
// transformer ever sees a credential or the fixtures' run tag. Keys are
// matched by name, so only string values are replaced: a message
// attribute that a user named RequestId is an object and stays.
func scrubSecrets(p *Placeholders, v any) any {
	v = dropRunTag(v)
	v = Walk(v, func(k string, val any) any {
		s, isString := val.(string)
		if !isString {
			return val
		}
		norm := keyNormaliser.Replace(strings.ToLower(k))
		if ph, ok := secretKeys[norm]; ok {
			return ph
		}
		if domain, ok := notificationURLs[norm]; ok {
			return notificationURL(p, domain, s)
		}
		return val
	})
	return mapStrings(v, func(s string) string { return reAccessKey.ReplaceAllString(s, "<access-key-id>") }, false)
}

// tagKeyMembers are the member names tag lists use for a tag's key, in the
// models' spelling and the SDK's: over the 402 models, Key (1071 lists),
// key (268), tagKey (15), TagKey (13) and ResourceTagKey (8).
var tagKeyMembers = []string{"Key", "key", "TagKey", "tagKey", "ResourceTagKey"}

// dropRunTag removes the tag fixtures put on every resource they create
// (fixture.RunTag) from tag maps and tag lists: it differs per run, and a
// test that lists tags should see only its own.
func dropRunTag(v any) any {
	switch x := v.(type) {
	case map[string]any:
		delete(x, fixture.RunTagKey)
		for k, e := range x {
			x[k] = dropRunTag(e)
		}
	case []any:
		kept := x[:0]
		for _, e := range x {
			if m, ok := e.(map[string]any); ok && isRunTag(m) {
				continue
			}
			kept = append(kept, dropRunTag(e))
		}
		return kept
	}
	return v
}

func isRunTag(m map[string]any) bool {
	for _, k := range tagKeyMembers {
		if m[k] == fixture.RunTagKey {
			return true
		}
	}
	return false
}

// reARN matches a whole ARN: partition, service, region and account (each
// may be empty, as in arn:aws:s3:::bucket), then the resource.
var reARN = regexp.MustCompile(`^arn:([\w-]*):([\w.-]*):([\w-]*):(\d{12}|[\w-]*):(.+)$`)

// isPlaceholder spots a value that a transformer already replaced.
func isPlaceholder(s string) bool { return strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") }

// arnResource is the name within an ARN's resource part that identifies
// the resource, by LocalStack's rule: the part after the last "/" or, if
// none, after the last ":" (queue, table/orders → orders,
// topic:subscription-id → subscription-id, function:name → name).
func arnResource(resource string) string {
	if i := strings.LastIndex(resource, "/"); i >= 0 {
		return resource[i+1:]
	}
	if i := strings.LastIndex(resource, ":"); i >= 0 {
		return resource[i+1:]
	}
	return resource
}

// numberARNs numbers the resource name of every whole-ARN string as
// "<resource:N>", by first appearance in key order. A name long enough to
// be told apart (minSubstringRef) becomes a reference, so it reads the same
// in every ARN, URL and message that holds it; a shorter one is replaced in
// its ARN only. It runs before the test's transformers, as LocalStack's
// resource-name transformer does, so an ARN's name is <resource:N> even
// where the model also marks it an identifier.
func numberARNs(p *Placeholders, v any) any {
	return mapStrings(v, func(s string) string {
		m := reARN.FindStringSubmatch(s)
		if m == nil {
			return s
		}
		name := arnResource(m[5])
		switch {
		case name == "" || isPlaceholder(name):
		case len(name) >= minSubstringRef:
			p.Reference("resource", name)
		default:
			return strings.TrimSuffix(s, name) + p.number("resource", name)
		}
		return s
	}, false)
}

// normalise applies the always-on replacements that follow the test's
// transformers: UUIDs (numbered by first appearance), account ids, regions
// and timestamps.
func normalise(c *Placeholders, v any) any {
	// The cheap Contains checks skip regexp work for most strings.
	v = mapStrings(v, func(s string) string {
		if !strings.Contains(s, "-") {
			return s
		}
		return reUUID.ReplaceAllStringFunc(s, func(u string) string { return c.Reference("uuid", u) })
	}, true)
	regions := []*regexp.Regexp{reRegion}
	for _, env := range []string{"AWS_REGION", "AWS_DEFAULT_REGION"} {
		if r := os.Getenv(env); reRegionShape.MatchString(r) && !reRegion.MatchString(r) {
			regions = append(regions, regexp.MustCompile(`\b`+regexp.QuoteMeta(r)+`\b`))
		}
	}
	v = mapStrings(v, func(s string) string {
		if hasDigitRun(s, 12) {
			s = reAccount.ReplaceAllString(s, "${1}${2}"+AccountID+"${3}")
		}
		if strings.Contains(s, "arn:") {
			s = rePartition.ReplaceAllString(s, "arn:<partition>:")
		}
		if !strings.Contains(s, "-") && !strings.Contains(s, ":") {
			return s
		}
		for _, re := range regions {
			s = re.ReplaceAllString(s, "<region>")
		}
		if strings.Contains(s, " GMT") {
			s = reHTTPDate.ReplaceAllString(s, "<timestamp:http-date>")
		}
		return reISO.ReplaceAllStringFunc(s, isoPlaceholder)
	}, true)
	v = Walk(v, func(k string, val any) any {
		if reTimeKey.MatchString(k) {
			if p, ok := timestampPlaceholder(val); ok {
				return p
			}
		}
		return val
	})
	return mapTimes(v)
}

// mapTimes turns typed timestamps into "<datetime>".
func mapTimes(v any) any {
	switch x := v.(type) {
	case time.Time:
		return "<datetime>"
	case []any:
		for i := range x {
			x[i] = mapTimes(x[i])
		}
	case map[string]any:
		for k, e := range x {
			x[k] = mapTimes(e)
		}
	}
	return v
}

// isoPlaceholder spells the layout of an ISO 8601 timestamp (see the
// timestamp scheme in the package documentation).
func isoPlaceholder(s string) string {
	m := reISO.FindStringSubmatch(s)
	layout := "YYYY-MM-DD" + m[2] + "hh:mm:ss"
	if m[4] != "" {
		layout += "." + strings.Repeat("f", len(m[4]))
	}
	switch zone := m[5]; {
	case zone == "Z":
		layout += "Z"
	case len(zone) == 6:
		layout += "±hh:mm"
	case len(zone) == 5:
		layout += "±hhmm"
	}
	return "<timestamp:" + layout + ">"
}

// timestampPlaceholder maps one whole value to its placeholder, if it is
// a timestamp in a form the scheme knows.
func timestampPlaceholder(v any) (string, bool) {
	var s string
	switch x := v.(type) {
	case time.Time:
		return "<datetime>", true
	case json.Number:
		s = string(x)
	case string:
		s = x
	default:
		return "", false
	}
	switch {
	case strings.HasPrefix(s, "<timestamp:"):
		return s, true
	case whole(reHTTPDate, s):
		return "<timestamp:http-date>", true
	case whole(reISO, s):
		return isoPlaceholder(s), true
	}
	if m := reEpoch.FindStringSubmatch(s); m != nil {
		if len(m[1]) == 13 {
			return "<timestamp:epoch-millis>", true
		}
		return "<timestamp:epoch-seconds>", true
	}
	return "", false
}

func whole(re *regexp.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
