package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/awsparity/awsparity/generator/modelset"
)

// defaultServices are the botocore directory names of the default model set.
var defaultServices = []string{
	"acm", "apigateway", "cloudformation", "cloudwatch", "dynamodb", "dynamodbstreams", "ec2", "events",
	"firehose", "iam", "kinesis", "kms", "lambda", "logs", "opensearch", "redshift", "route53", "s3",
	"secretsmanager", "ses", "sns", "sqs", "ssm", "stepfunctions", "sts",
}

func init() {
	commands["models sync"] = command{
		summary: "refresh models/ from the installed botocore data (reproducible: pip install botocore==<manifest version>)",
		run:     modelsSync,
	}
}

func modelsSync(args []string, _, stderr io.Writer) error {
	fs := flag.NewFlagSet("models sync", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "models", "models directory to refresh")
	from := fs.String("from", "", "botocore-layout data directory (default: the botocore installed for python3)")
	services := new(listFlag)
	fs.Var(services, "services", "botocore service directory names (default: the default set)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	src, err := modelset.Botocore()
	if *from != "" {
		src, err = modelset.Source{Name: "botocore", Version: "local", Dir: *from}, nil
	}
	if err != nil {
		return err
	}
	names := []string(*services)
	if len(names) == 0 {
		names = defaultServices
	}
	m, err := modelset.Sync(src, names, *dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "synced %d services (%d files) from %s %s into %s\n", len(m.Services), len(m.Files), m.Source, m.Version, *dir)
	return nil
}
