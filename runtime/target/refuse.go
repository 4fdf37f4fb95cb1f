package target

import (
	"fmt"
	"net/http"
)

// refuseHTTP is the in-process target's transport: reaching it means a
// client was built without a fake, which must fail loudly, not go online.
type refuseHTTP struct{}

func (refuseHTTP) Do(r *http.Request) (*http.Response, error) {
	return nil, errNoFake{method: r.Method, url: r.URL.Redacted()}
}

type errNoFake struct{ method, url string }

func (e errNoFake) Error() string {
	return fmt.Sprintf("in-process target: %s %s would leave the process; bind a fake to the client", e.method, e.url)
}

// RetryableError stops the SDK retryer from retrying a request that can
// never succeed.
func (errNoFake) RetryableError() bool { return false }
