package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/awsparity/awsparity/generator/modelset"
	"github.com/awsparity/awsparity/internal/cli"
	"github.com/awsparity/awsparity/internal/sdkupdate"
)

// defaultServices are the botocore directory names of the default model set.
var defaultServices = []string{
	"acm", "apigateway", "cloudformation", "cloudwatch", "dynamodb", "dynamodbstreams", "ec2", "events",
	"firehose", "iam", "kinesis", "kms", "lambda", "logs", "opensearch", "redshift", "route53", "s3",
	"secretsmanager", "ses", "sns", "sqs", "ssm", "stepfunctions", "sts",
}

// releaseEnv overrides the default -release of models-sync.
const releaseEnv = "AWSPARITY_RELEASE"

// syncFlags are the options of an upstream sync; drift-pr shares them.
type syncFlags struct {
	dir, upstream, release, moduleDir *string
	services                          *cli.List
}

func addSyncFlags(fs *flag.FlagSet) syncFlags {
	services := new(cli.List)
	fs.Var(services, "services", "services by sdkId (upstream) or botocore directory name (botocore) (default: those of the manifest in -dir, else the default set)")
	return syncFlags{
		dir:      fs.String("dir", "models", "models directory to refresh"),
		upstream: fs.String("upstream", cli.Env(modelset.UpstreamEnv, modelset.DefaultUpstream), "URL prefix (http, https, file) or directory holding <sdk-id>.json; {release} is replaced by the release tag (env "+modelset.UpstreamEnv+")"),
		release: fs.String("release", cli.Env(releaseEnv, modelset.ReleaseLatest), "aws-sdk-go-v2 release: latest (newest service modules; tag = release-<their newest commit date>), "+
			"pinned (the versions go.mod requires), or a tag release-YYYY-MM-DD (each module's newest version up to that day) (env "+releaseEnv+")"),
		moduleDir: fs.String("module", ".", "directory of the go.mod whose aws-sdk-go-v2 service modules are bumped to the release with go get"),
		services:  services,
	}
}

func modelsSync(c *cli.Context) error {
	sf := addSyncFlags(c.Flags)
	source := c.Flags.String("source", "upstream", "upstream (Smithy, aws-sdk-go-v2 release) or botocore (botocore-layout data)")
	from := c.Flags.String("from", "", "botocore-layout data directory, implies -source botocore (default: the botocore installed for python3)")
	if err := c.Parse(0); err != nil {
		return err
	}
	stderr := c.Stderr
	switch {
	case *from != "" || *source == "botocore":
		return syncBotocore(*from, *sf.dir, *sf.services, stderr)
	case *source == "upstream":
		_, err := syncUpstream(sf, nil, stderr)
		return err
	}
	return fmt.Errorf("-source %q: want upstream or botocore", *source)
}

func syncBotocore(from, dir string, services []string, stderr io.Writer) error {
	src, err := modelset.Botocore()
	if from != "" {
		src, err = modelset.Source{Name: "botocore", Version: "local", Dir: from}, nil
	}
	if err != nil {
		return err
	}
	if len(services) == 0 {
		services = defaultServices
	}
	m, err := modelset.Sync(src, services, dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "synced %d services (%d files) from %s %s into %s\n", len(m.Services), len(m.Files), m.Source, m.Version, dir)
	return nil
}

// syncUpstream fetches the models of the release sf selects and bumps the
// SDK modules with mods (nil: the go command in sf.moduleDir).
func syncUpstream(sf syncFlags, mods modelset.Modules, stderr io.Writer) (*modelset.Release, error) {
	return sf.sync(mods).Run(stderr)
}

func (sf syncFlags) sync(mods modelset.Modules) sdkupdate.Sync {
	return sdkupdate.Sync{Dir: *sf.dir, Upstream: *sf.upstream, Release: *sf.release, ModuleDir: *sf.moduleDir, SDKIDs: *sf.services, Mods: mods}
}
