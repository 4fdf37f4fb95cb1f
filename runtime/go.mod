module github.com/awsparity/awsparity/runtime

go 1.24

require (
	github.com/PaesslerAG/jsonpath v0.1.1
	github.com/aws/aws-sdk-go-v2 v1.24.1
	github.com/aws/smithy-go v1.19.0
	github.com/iancoleman/strcase v0.3.0
)

require github.com/PaesslerAG/gval v1.0.0 // indirect
