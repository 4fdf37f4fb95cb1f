package fakestore

import (
	"fmt"

	"github.com/aws/smithy-go"
)

// APIError is what a fake answers when the model names no error type for
// the case: a client fault with a code in the style of the service.
type APIError struct {
	Code    string
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("api error %s: %s", e.Code, e.Message)
}

// ErrorCode implements smithy.APIError.
func (e *APIError) ErrorCode() string { return e.Code }

// ErrorMessage implements smithy.APIError.
func (e *APIError) ErrorMessage() string { return e.Message }

// ErrorFault implements smithy.APIError: the caller named something that
// is not there, or sent an input the model rejects.
func (e *APIError) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

var _ smithy.APIError = (*APIError)(nil)

// Coded returns an error builder for a service that models no error for
// the case but answers with a known code (EC2's InvalidVpcID.NotFound).
func Coded(code string) func(msg string) error {
	return func(msg string) error { return &APIError{Code: code, Message: msg} }
}
