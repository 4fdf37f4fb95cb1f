package parity

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/awsparity/awsparity/examples/fakes/s3fake"
	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/target"
)

// Ported from LocalStack's tests/aws/services/s3/test_s3_api.py (Apache-2.0).
const s3Tests = "tests/aws/services/s3/test_s3_api.py::"

// s3Run adds LocalStack's key_value("BucketName").
func s3Run(t *testing.T, name string, body func(t *testing.T, c *s3.Client, snap *snapshot.Snapshot)) {
	opts := []snapshot.Option{snapshot.WithTransformers(s3test.Transformers()...),
		snapshot.WithTransformers(snapshot.Keys("bucket-name", "BucketName"))}
	runPorted(t, "s3", s3Tests+name, opts, s3Client, body)
}

func s3Client(t *testing.T, tg Target) *s3.Client {
	t.Helper()
	cfg, endpoint := tg.Config(t)
	if tg.InProcess() {
		return s3.NewFromConfig(cfg, s3test.WithServer(Bind(tg, s3fake.New())))
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		// Emulators listen on an IP address, where a virtual-hosted
		// bucket name cannot resolve.
		o.UsePathStyle = tg.Kind != target.AWS
		if endpoint != "" {
			o.BaseEndpoint = &endpoint
		}
	})
}

const testDelete = "test-delete"

func putTestDelete(t *testing.T, c *s3.Client, bucket *string) *s3.PutObjectOutput {
	t.Helper()
	return of(c.PutObject(t.Context(), &s3.PutObjectInput{Bucket: bucket, Key: aws.String(testDelete), Body: strings.NewReader(testDelete)})).must(t)
}

// bucket creates a bucket with the fixture and, since s3rver lacks the
// ListObjectVersions the fixture's cleanup uses, empties and deletes it
// first at the end of the test (NotFound is then done for the fixture).
func bucket(t *testing.T, c *s3.Client) *string {
	t.Helper()
	name := aws.String(s3test.CreateBucket(t, c).ID)
	t.Cleanup(func() {
		ctx := context.Background()
		if list, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: name}); err == nil {
			for _, o := range list.Contents {
				c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: name, Key: o.Key})
			}
		}
		c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: name})
	})
	return name
}

func TestS3DeleteObject(t *testing.T) {
	s3Run(t, "TestS3ObjectCRUD::test_delete_object", func(t *testing.T, c *s3.Client, snap *snapshot.Snapshot) {
		name := bucket(t, c)
		snap.Match("put-object", putTestDelete(t, c, name))
		del := &s3.DeleteObjectInput{Bucket: name, Key: aws.String(testDelete)}
		snap.Match("delete-object", of(c.DeleteObject(t.Context(), del)).must(t))
		snap.Match("delete-nonexistent-object", of(c.DeleteObject(t.Context(), del)).must(t))
		del.VersionId = aws.String("HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD")
		out, err := c.DeleteObject(t.Context(), del)
		snap.Match("delete-nonexistent-object-versionid", answer(t, out, err))
	})
}

func TestS3DeleteBucketWithObjects(t *testing.T) {
	s3Run(t, "TestS3BucketCRUD::test_delete_bucket_with_objects", func(t *testing.T, c *s3.Client, snap *snapshot.Snapshot) {
		name := bucket(t, c)
		putTestDelete(t, c, name)
		out, err := c.DeleteBucket(t.Context(), &s3.DeleteBucketInput{Bucket: name})
		snap.Match("delete-with-obj", answer(t, out, err))
		snap.Match("delete-obj", of(c.DeleteObject(t.Context(), &s3.DeleteObjectInput{Bucket: name, Key: aws.String(testDelete)})).must(t))
		snap.Match("delete-bucket", of(c.DeleteBucket(t.Context(), &s3.DeleteBucketInput{Bucket: name})).must(t))
	})
}

func TestS3DeleteObjects(t *testing.T) {
	s3Run(t, "TestS3ObjectCRUD::test_delete_objects", func(t *testing.T, c *s3.Client, snap *snapshot.Snapshot) {
		name := bucket(t, c)
		snap.Match("put-object", putTestDelete(t, c, name))
		del := func(ids ...types.ObjectIdentifier) *s3.DeleteObjectsOutput {
			return of(c.DeleteObjects(t.Context(), &s3.DeleteObjectsInput{Bucket: name, Delete: &types.Delete{Objects: ids}})).must(t)
		}
		snap.Match("delete-object-wrong-version-id", del(types.ObjectIdentifier{Key: aws.String(testDelete), VersionId: aws.String("HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD")}))
		out := del(types.ObjectIdentifier{Key: aws.String(testDelete)}, types.ObjectIdentifier{Key: aws.String("c-wrong-key")}, types.ObjectIdentifier{Key: aws.String("a-wrong-key")})
		slices.SortFunc(out.Deleted, func(a, b types.DeletedObject) int { return strings.Compare(*a.Key, *b.Key) })
		snap.Match("delete-objects", out)
	})
}
