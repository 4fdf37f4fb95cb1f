package s3fake_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/examples/fakes/s3fake"
)

func code(err error) string {
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode()
	}
	return ""
}

func newBucket(t testing.TB, client *s3.Client, name string, versioned bool) {
	t.Helper()
	ctx := context.Background()
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: &name}); err != nil {
		t.Fatalf("CreateBucket %s: %v", name, err)
	}
	if versioned {
		if _, err := client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: &name,
			VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled}}); err != nil {
			t.Fatal(err)
		}
	}
}

func put(t testing.TB, client *s3.Client, bucket, key, body string) *s3.PutObjectOutput {
	t.Helper()
	out, err := client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: strings.NewReader(body)})
	if err != nil {
		t.Fatalf("PutObject %s/%s: %v", bucket, key, err)
	}
	return out
}

func TestBucketLifecycle(t *testing.T) {
	ctx := context.Background()
	client := s3fake.New().Client()
	b := aws.String("fixture-bucket")
	newBucket(t, client, *b, false)
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: b}); err != nil {
		t.Fatalf("HeadBucket: %v", err)
	}
	var owned *types.BucketAlreadyOwnedByYou
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: b}); !errors.As(err, &owned) {
		t.Errorf("second CreateBucket = %v, want BucketAlreadyOwnedByYou", err)
	}
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("Bad_Name")}); code(err) != "InvalidBucketName" {
		t.Errorf("CreateBucket(Bad_Name) = %v, want InvalidBucketName", err)
	}
	put(t, client, *b, "k", "v")
	if _, err := client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: b}); code(err) != "BucketNotEmpty" {
		t.Errorf("DeleteBucket of a non-empty bucket = %v, want BucketNotEmpty", err)
	}
	if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: b, Key: aws.String("k")}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: b}); err != nil {
		t.Fatalf("DeleteBucket of an empty bucket: %v", err)
	}
	var notFound *types.NotFound
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: b}); !errors.As(err, &notFound) {
		t.Errorf("HeadBucket after delete = %v, want types.NotFound", err)
	}
	var noBucket *types.NoSuchBucket
	if _, err := client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: b}); !errors.As(err, &noBucket) {
		t.Errorf("DeleteBucket of a missing bucket = %v, want types.NoSuchBucket", err)
	}
}

func TestObjects(t *testing.T) {
	ctx := context.Background()
	client := s3fake.New().Client()
	b := aws.String("objects")
	newBucket(t, client, *b, false)
	out := put(t, client, *b, "dir/a.txt", "hello")
	if aws.ToString(out.ETag) != `"5d41402abc4b2a76b9719d911017c592"` || out.VersionId != nil {
		t.Errorf("PutObject = ETag %s VersionId %v; want md5 ETag and no version id", aws.ToString(out.ETag), out.VersionId)
	}
	got, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: aws.String("dir/a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(got.Body)
	if string(body) != "hello" || aws.ToInt64(got.ContentLength) != 5 {
		t.Errorf("GetObject = %q (length %d)", body, aws.ToInt64(got.ContentLength))
	}
	var noKey *types.NoSuchKey
	if _, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: aws.String("missing")}); !errors.As(err, &noKey) {
		t.Errorf("GetObject(missing) = %v, want NoSuchKey", err)
	}
	var notFound *types.NotFound
	if _, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: b, Key: aws.String("missing")}); !errors.As(err, &notFound) {
		t.Errorf("HeadObject(missing) = %v, want NotFound", err)
	}
	var noBucket *types.NoSuchBucket
	if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("nope"), Key: aws.String("k")}); !errors.As(err, &noBucket) {
		t.Errorf("PutObject into a missing bucket = %v, want NoSuchBucket", err)
	}
}

func TestListObjectsV2Paginates(t *testing.T) {
	client := s3fake.New().Client()
	b := "listing"
	newBucket(t, client, b, false)
	for i := 0; i < 7; i++ {
		put(t, client, b, fmt.Sprintf("p/%02d", i), "x")
	}
	put(t, client, b, "other", "x")
	var keys []string
	pages := 0
	p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &b, Prefix: aws.String("p/"), MaxKeys: aws.Int32(3)})
	for p.HasMorePages() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, o := range page.Contents {
			keys = append(keys, *o.Key)
		}
	}
	if want := "p/00 p/01 p/02 p/03 p/04 p/05 p/06"; strings.Join(keys, " ") != want || pages != 3 {
		t.Errorf("listed %v in %d pages, want %s in 3", keys, pages, want)
	}
}

func TestVersionsAndDeleteMarkers(t *testing.T) {
	ctx := context.Background()
	client := s3fake.New().Client()
	b := aws.String("versioned")
	newBucket(t, client, *b, true)
	vs, err := client.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: b})
	if err != nil || vs.Status != types.BucketVersioningStatusEnabled {
		t.Fatalf("GetBucketVersioning = %v, %v", vs, err)
	}
	v1 := put(t, client, *b, "k", "one").VersionId
	put(t, client, *b, "k", "two")
	del, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: b, Key: aws.String("k")})
	if err != nil || !aws.ToBool(del.DeleteMarker) || del.VersionId == nil {
		t.Fatalf("DeleteObject in a versioned bucket = %+v, %v; want a delete marker", del, err)
	}
	var noKey *types.NoSuchKey
	if _, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: aws.String("k")}); !errors.As(err, &noKey) {
		t.Errorf("GetObject under a delete marker = %v, want NoSuchKey", err)
	}
	old, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: aws.String("k"), VersionId: v1})
	if err != nil {
		t.Fatalf("GetObject of version 1: %v", err)
	}
	if body, _ := io.ReadAll(old.Body); string(body) != "one" {
		t.Errorf("version 1 body = %q", body)
	}
	list, err := client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: b})
	if err != nil || len(list.Contents) != 0 {
		t.Errorf("ListObjectsV2 under a delete marker = %v, %v; want no objects", list, err)
	}
	versions, err := client.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: b})
	if err != nil {
		t.Fatal(err)
	}
	if len(versions.Versions) != 2 || len(versions.DeleteMarkers) != 1 || !aws.ToBool(versions.DeleteMarkers[0].IsLatest) ||
		aws.ToString(versions.Versions[1].VersionId) != aws.ToString(v1) {
		t.Errorf("ListObjectVersions = %d versions, %d markers; want 2 (newest first) and 1 latest marker", len(versions.Versions), len(versions.DeleteMarkers))
	}
	if _, err := client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: b}); code(err) != "BucketNotEmpty" {
		t.Errorf("DeleteBucket with only versions left = %v, want BucketNotEmpty", err)
	}
}

// TestEmptyVersionedBucketPageByPage empties a bucket the way a cleanup
// does: list a small page, batch-delete it, continue from the markers of
// versions that no longer exist.
func TestEmptyVersionedBucketPageByPage(t *testing.T) {
	ctx := context.Background()
	client := s3fake.New().Client()
	b := aws.String("cleanup")
	newBucket(t, client, *b, true)
	total := 0
	for _, key := range []string{"a", "b", "c"} {
		for i := 0; i < 3; i++ {
			put(t, client, *b, key, fmt.Sprint(i))
			total++
		}
		if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: b, Key: aws.String(key)}); err != nil {
			t.Fatal(err)
		}
		total++
	}
	in := &s3.ListObjectVersionsInput{Bucket: b, MaxKeys: aws.Int32(2)}
	deleted, pages := 0, 0
	for {
		page, err := client.ListObjectVersions(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		var ids []types.ObjectIdentifier
		for _, v := range page.Versions {
			ids = append(ids, types.ObjectIdentifier{Key: v.Key, VersionId: v.VersionId})
		}
		for _, m := range page.DeleteMarkers {
			ids = append(ids, types.ObjectIdentifier{Key: m.Key, VersionId: m.VersionId})
		}
		if len(ids) > 0 {
			out, err := client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: b, Delete: &types.Delete{Objects: ids}})
			if err != nil {
				t.Fatal(err)
			}
			deleted += len(out.Deleted)
		}
		if !aws.ToBool(page.IsTruncated) {
			break
		}
		in.KeyMarker, in.VersionIdMarker = page.NextKeyMarker, page.NextVersionIdMarker
	}
	if deleted != total || pages != (total+1)/2 {
		t.Errorf("deleted %d entries in %d pages, want %d in %d", deleted, pages, total, (total+1)/2)
	}
	if _, err := client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: b}); err != nil {
		t.Errorf("DeleteBucket after emptying: %v", err)
	}
}

func TestSuspendedVersioningOverwritesNullVersion(t *testing.T) {
	ctx := context.Background()
	client := s3fake.New().Client()
	b := aws.String("suspended")
	newBucket(t, client, *b, true)
	put(t, client, *b, "k", "versioned")
	if _, err := client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: b,
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusSuspended}}); err != nil {
		t.Fatal(err)
	}
	if id := aws.ToString(put(t, client, *b, "k", "null 1").VersionId); id != "null" {
		t.Errorf("VersionId while suspended = %q, want null", id)
	}
	put(t, client, *b, "k", "null 2")
	versions, err := client.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: b})
	if err != nil {
		t.Fatal(err)
	}
	if len(versions.Versions) != 2 {
		t.Errorf("got %d versions, want the versioned one and a single null version", len(versions.Versions))
	}
}

func TestUnimplementedOperation(t *testing.T) {
	client := s3fake.New().Client()
	_, err := client.GetBucketPolicy(context.Background(), &s3.GetBucketPolicyInput{Bucket: aws.String("any")})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "NotImplemented" || apiErr.ErrorMessage() != "S3.GetBucketPolicy is not implemented" {
		t.Errorf("GetBucketPolicy = %v, want NotImplemented S3.GetBucketPolicy", err)
	}
}

// TestConcurrentUse is meant for -race.
func TestConcurrentUse(t *testing.T) {
	client := s3fake.New().Client()
	b := "busy"
	newBucket(t, client, b, true)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				// put would call t.Fatal, which must not run off the test goroutine.
				if _, err := client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: &b, Key: aws.String(fmt.Sprintf("k%d", j%5)), Body: strings.NewReader("x")}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	out, err := client.ListObjectVersions(context.Background(), &s3.ListObjectVersionsInput{Bucket: &b})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Versions) != 160 {
		t.Errorf("got %d versions, want 160", len(out.Versions))
	}
}
