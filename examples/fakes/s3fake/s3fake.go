// Package s3fake is an in-memory S3 that refines the generated fake
// (s3test.Fake), as a user adds behaviour to it: the generated fake keeps
// the buckets (create, head, list, delete, and the bucket configurations
// the model describes as resources), and this package adds what it cannot
// derive from the model: objects and their bodies, versioning with delete
// markers, listing with pagination, batch deletes, bucket tagging, S3's
// bucket name rule, HeadBucket's bodiless NotFound, and refusing to delete
// a bucket that holds anything.
// Every other operation answers NotImplemented. Bind it to a real client
// with Client or s3.NewFromConfig(cfg, s3test.WithServer(fake)).
//
// A bucket's objects are kept with it (s3test.Fake.WithBucket). Errors are
// the SDK's types where S3 models them (types.NoSuchBucket, types.NoSuchKey,
// types.NotFound, types.BucketAlreadyOwnedByYou) and smithy.GenericAPIError
// with S3's code otherwise (BucketNotEmpty, InvalidBucketName,
// NoSuchVersion). Version ids sort by creation, so a VersionIdMarker keeps
// its place even after the version it names was deleted, as on S3.
// Deliberate gaps: no Delimiter/CommonPrefixes, no multipart uploads, no
// conditional requests.
package s3fake

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/gen/s3test"
	"github.com/awsparity/awsparity/runtime/fakestore"
	"github.com/awsparity/awsparity/runtime/stub"
)

// Region is the region clients from Client use.
const Region = "us-east-1"

// nullVersion is the version id of objects written while versioning was
// never enabled or is suspended.
const nullVersion = "null"

const defaultMaxKeys = 1000

// Server is the fake. The zero value is not ready; use New.
type Server struct {
	*s3test.Fake
	now func() time.Time
}

// bucket is what Server keeps with each bucket of the generated fake.
type bucket struct {
	versioning types.BucketVersioningStatus // "" until PutBucketVersioning
	tags       []types.Tag
	objects    map[string][]*version // by key, oldest first
	// seq orders every version written; seqs keeps the position of every
	// version id ever issued, so list markers naming deleted versions
	// still resolve.
	seq  int64
	seqs map[string]int64
}

type version struct {
	id           string
	seq          int64
	deleteMarker bool
	body         []byte
	etag         string
	contentType  *string
	metadata     map[string]string
	modified     time.Time
}

// New returns an empty fake.
func New() *Server {
	return &Server{Fake: s3test.NewFake(), now: time.Now}
}

// Client returns an S3 client answered by s in-process.
func (s *Server) Client() *s3.Client {
	return s3.New(s3.Options{Region: Region}, s3test.WithServer(s))
}

var bucketName = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)

// CreateBucket checks the name as S3 does (the model states no rule) and
// answers BucketAlreadyOwnedByYou for a live bucket, as S3 does for its
// owner; the generated fake creates the bucket.
func (s *Server) CreateBucket(ctx context.Context, in *s3.CreateBucketInput) (*s3.CreateBucketOutput, error) {
	name := aws.ToString(in.Bucket)
	if !bucketName.MatchString(name) || strings.Contains(name, "..") {
		return nil, apiError("InvalidBucketName", "The specified bucket is not valid.")
	}
	if s.WithBucket(name, func(*fakestore.Resource) error { return nil }) == nil {
		return nil, &types.BucketAlreadyOwnedByYou{Message: aws.String("Your previous request to create the named bucket succeeded and you already own it.")}
	}
	return s.Fake.CreateBucket(ctx, in)
}

// HeadBucket answers a missing bucket with types.NotFound, as the SDK reads
// S3's answer to a HEAD, which has no body to name an error in; the model
// the generated fake follows names NoSuchBucket.
func (s *Server) HeadBucket(ctx context.Context, in *s3.HeadBucketInput) (*s3.HeadBucketOutput, error) {
	out, err := s.Fake.HeadBucket(ctx, in)
	if nsb := (*types.NoSuchBucket)(nil); errors.As(err, &nsb) {
		return nil, &types.NotFound{}
	}
	return out, err
}

// DeleteBucket refuses a bucket that holds objects, versions or delete
// markers; the generated fake deletes an empty one.
func (s *Server) DeleteBucket(ctx context.Context, in *s3.DeleteBucketInput) (*s3.DeleteBucketOutput, error) {
	_, err := inBucket(s, in.Bucket, func(b *bucket) (*struct{}, error) {
		if len(b.objects) > 0 {
			return nil, apiError("BucketNotEmpty", "The bucket you tried to delete is not empty")
		}
		return nil, nil
	})
	if err != nil {
		return nil, err
	}
	return s.Fake.DeleteBucket(ctx, in)
}

// PutBucketVersioning enables or suspends versioning.
func (s *Server) PutBucketVersioning(_ context.Context, in *s3.PutBucketVersioningInput) (*s3.PutBucketVersioningOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.PutBucketVersioningOutput, error) {
		status := types.BucketVersioningStatus("")
		if in.VersioningConfiguration != nil {
			status = in.VersioningConfiguration.Status
		}
		if status != types.BucketVersioningStatusEnabled && status != types.BucketVersioningStatusSuspended {
			return nil, apiError("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema")
		}
		b.versioning = status
		return &s3.PutBucketVersioningOutput{}, nil
	})
}

// GetBucketVersioning returns the versioning status, empty if never set.
func (s *Server) GetBucketVersioning(_ context.Context, in *s3.GetBucketVersioningInput) (*s3.GetBucketVersioningOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.GetBucketVersioningOutput, error) {
		return &s3.GetBucketVersioningOutput{Status: b.versioning}, nil
	})
}

// PutBucketTagging replaces a bucket's tags.
func (s *Server) PutBucketTagging(_ context.Context, in *s3.PutBucketTaggingInput) (*s3.PutBucketTaggingOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.PutBucketTaggingOutput, error) {
		b.tags = nil
		if in.Tagging != nil {
			b.tags = slices.Clone(in.Tagging.TagSet)
		}
		return &s3.PutBucketTaggingOutput{}, nil
	})
}

// GetBucketTagging returns a bucket's tags, or NoSuchTagSet.
func (s *Server) GetBucketTagging(_ context.Context, in *s3.GetBucketTaggingInput) (*s3.GetBucketTaggingOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.GetBucketTaggingOutput, error) {
		if len(b.tags) == 0 {
			return nil, apiError("NoSuchTagSet", "The TagSet does not exist")
		}
		return &s3.GetBucketTaggingOutput{TagSet: slices.Clone(b.tags)}, nil
	})
}

// PutObject stores an object: a new version when versioning is enabled,
// otherwise it replaces the "null" version.
func (s *Server) PutObject(_ context.Context, in *s3.PutObjectInput) (*s3.PutObjectOutput, error) {
	var body []byte
	if in.Body != nil {
		var err error
		if body, err = io.ReadAll(in.Body); err != nil {
			return nil, fmt.Errorf("reading PutObject body: %w", err)
		}
	}
	sum := md5.Sum(body)
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.PutObjectOutput, error) {
		v := s.write(b, aws.ToString(in.Key), &version{
			body: body, etag: `"` + hex.EncodeToString(sum[:]) + `"`,
			contentType: in.ContentType, metadata: maps.Clone(in.Metadata),
		})
		return &s3.PutObjectOutput{ETag: aws.String(v.etag), VersionId: b.reportedID(v)}, nil
	})
}

// GetObject returns the latest version of an object, or the one VersionId names.
func (s *Server) GetObject(_ context.Context, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.GetObjectOutput, error) {
		v, err := b.object(in.Key, in.VersionId)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, &types.NoSuchKey{Message: aws.String("The specified key does not exist.")}
		}
		return &s3.GetObjectOutput{
			Body:          io.NopCloser(bytes.NewReader(slices.Clone(v.body))),
			ContentLength: aws.Int64(int64(len(v.body))),
			ContentType:   v.contentType,
			ETag:          aws.String(v.etag),
			LastModified:  aws.Time(v.modified),
			Metadata:      maps.Clone(v.metadata),
			VersionId:     b.reportedID(v),
		}, nil
	})
}

// HeadObject is GetObject without the body, failing with S3's bodiless NotFound.
func (s *Server) HeadObject(_ context.Context, in *s3.HeadObjectInput) (*s3.HeadObjectOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.HeadObjectOutput, error) {
		v, err := b.object(in.Key, in.VersionId)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, &types.NotFound{}
		}
		return &s3.HeadObjectOutput{
			ContentLength: aws.Int64(int64(len(v.body))),
			ContentType:   v.contentType,
			ETag:          aws.String(v.etag),
			LastModified:  aws.Time(v.modified),
			Metadata:      maps.Clone(v.metadata),
			VersionId:     b.reportedID(v),
		}, nil
	})
}

// DeleteObject deletes one version permanently when VersionId is given;
// otherwise it writes a delete marker (versioned buckets) or removes the
// object. Deleting what is not there succeeds, as on S3.
func (s *Server) DeleteObject(_ context.Context, in *s3.DeleteObjectInput) (*s3.DeleteObjectOutput, error) {
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.DeleteObjectOutput, error) {
		d := s.delete(b, aws.ToString(in.Key), in.VersionId)
		// DeleteObject names the marker it wrote in VersionId, where
		// DeleteObjects has DeleteMarkerVersionId.
		id := d.VersionId
		if id == nil {
			id = d.DeleteMarkerVersionId
		}
		return &s3.DeleteObjectOutput{DeleteMarker: d.DeleteMarker, VersionId: id}, nil
	})
}

// DeleteObjects is DeleteObject for up to 1000 keys.
func (s *Server) DeleteObjects(_ context.Context, in *s3.DeleteObjectsInput) (*s3.DeleteObjectsOutput, error) {
	if in.Delete == nil || len(in.Delete.Objects) == 0 || len(in.Delete.Objects) > defaultMaxKeys {
		return nil, apiError("MalformedXML", "DeleteObjects needs 1 to 1000 objects")
	}
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.DeleteObjectsOutput, error) {
		out := &s3.DeleteObjectsOutput{}
		for _, o := range in.Delete.Objects {
			d := s.delete(b, aws.ToString(o.Key), o.VersionId)
			if !aws.ToBool(in.Delete.Quiet) {
				out.Deleted = append(out.Deleted, d)
			}
		}
		return out, nil
	})
}

// ListObjectsV2 lists the current objects (delete markers hide theirs) in
// key order, MaxKeys at a time.
func (s *Server) ListObjectsV2(_ context.Context, in *s3.ListObjectsV2Input) (*s3.ListObjectsV2Output, error) {
	if in.Delimiter != nil {
		return nil, stub.NotImplemented("S3", "ListObjectsV2 with Delimiter")
	}
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.ListObjectsV2Output, error) {
		after := aws.ToString(in.StartAfter)
		if in.ContinuationToken != nil {
			after = *in.ContinuationToken
		}
		limit := maxKeys(in.MaxKeys)
		out := &s3.ListObjectsV2Output{
			Name: in.Bucket, Prefix: in.Prefix, MaxKeys: aws.Int32(int32(limit)),
			ContinuationToken: in.ContinuationToken, StartAfter: in.StartAfter, IsTruncated: aws.Bool(false),
		}
		for _, key := range b.keys(aws.ToString(in.Prefix)) {
			latest := b.objects[key][len(b.objects[key])-1]
			if key <= after || latest.deleteMarker {
				continue
			}
			if len(out.Contents) == limit {
				out.IsTruncated = aws.Bool(true)
				out.NextContinuationToken = out.Contents[limit-1].Key
				break
			}
			out.Contents = append(out.Contents, types.Object{
				Key: aws.String(key), ETag: aws.String(latest.etag), Size: aws.Int64(int64(len(latest.body))),
				LastModified: aws.Time(latest.modified), StorageClass: types.ObjectStorageClassStandard,
			})
		}
		out.KeyCount = aws.Int32(int32(len(out.Contents)))
		return out, nil
	})
}

// ListObjectVersions lists every version and delete marker, by key and then
// newest first, MaxKeys entries at a time, continuing after
// KeyMarker/VersionIdMarker.
func (s *Server) ListObjectVersions(_ context.Context, in *s3.ListObjectVersionsInput) (*s3.ListObjectVersionsOutput, error) {
	if in.Delimiter != nil {
		return nil, stub.NotImplemented("S3", "ListObjectVersions with Delimiter")
	}
	return inBucket(s, in.Bucket, func(b *bucket) (*s3.ListObjectVersionsOutput, error) {
		// A version comes after the markers when its key is later, or when it
		// has the marker's key and is older than the marker's version.
		markerKey, markerSeq := aws.ToString(in.KeyMarker), int64(-1)
		if id := aws.ToString(in.VersionIdMarker); id != "" {
			seq, ok := b.seqs[id]
			if !ok && id != nullVersion {
				return nil, apiError("InvalidArgument", "Invalid version id specified")
			}
			if v := b.find(markerKey, id); v != nil {
				seq = v.seq
			}
			markerSeq = seq
		}
		limit := maxKeys(in.MaxKeys)
		out := &s3.ListObjectVersionsOutput{
			Name: in.Bucket, Prefix: in.Prefix, MaxKeys: aws.Int32(int32(limit)),
			KeyMarker: in.KeyMarker, VersionIdMarker: in.VersionIdMarker, IsTruncated: aws.Bool(false),
		}
		n := 0
		var lastKey, lastID string
		for _, key := range b.keys(aws.ToString(in.Prefix)) {
			if in.KeyMarker != nil && key < markerKey {
				continue
			}
			versions := b.objects[key]
			for i := len(versions) - 1; i >= 0; i-- {
				v := versions[i]
				if in.KeyMarker != nil && key == markerKey && (markerSeq < 0 || v.seq >= markerSeq) {
					continue
				}
				if n == limit {
					out.IsTruncated = aws.Bool(true)
					out.NextKeyMarker, out.NextVersionIdMarker = aws.String(lastKey), aws.String(lastID)
					return out, nil
				}
				n++
				lastKey, lastID = key, v.id
				latest := aws.Bool(i == len(versions)-1)
				if v.deleteMarker {
					out.DeleteMarkers = append(out.DeleteMarkers, types.DeleteMarkerEntry{
						Key: aws.String(key), VersionId: aws.String(v.id), IsLatest: latest, LastModified: aws.Time(v.modified),
					})
					continue
				}
				out.Versions = append(out.Versions, types.ObjectVersion{
					Key: aws.String(key), VersionId: aws.String(v.id), IsLatest: latest, ETag: aws.String(v.etag),
					Size: aws.Int64(int64(len(v.body))), LastModified: aws.Time(v.modified), StorageClass: types.ObjectVersionStorageClassStandard,
				})
			}
		}
		return out, nil
	})
}

// inBucket runs f on what s keeps with the bucket name names, holding the
// fake's lock; the generated fake answers NoSuchBucket without calling f
// when there is none.
func inBucket[Out any](s *Server, name *string, f func(b *bucket) (*Out, error)) (*Out, error) {
	var out *Out
	err := s.WithBucket(aws.ToString(name), func(r *fakestore.Resource) error {
		b := fakestore.Data[bucket](r)
		if b.objects == nil {
			b.objects, b.seqs = map[string][]*version{}, map[string]int64{}
		}
		var err error
		out, err = f(b)
		return err
	})
	return out, err
}

// object finds the version of key that versionID names, or the latest one;
// v is nil when the key has no live version (or only a delete marker on top).
func (b *bucket) object(key, versionID *string) (v *version, err error) {
	if versionID != nil {
		if v = b.find(aws.ToString(key), *versionID); v == nil {
			return nil, apiError("NoSuchVersion", "The specified version does not exist.")
		}
		if v.deleteMarker {
			return nil, apiError("MethodNotAllowed", "The specified method is not allowed against this resource.")
		}
		return v, nil
	}
	versions := b.objects[aws.ToString(key)]
	if len(versions) == 0 || versions[len(versions)-1].deleteMarker {
		return nil, nil
	}
	return versions[len(versions)-1], nil
}

// write adds v as key's newest version, replacing the "null" version unless
// versioning is enabled.
func (s *Server) write(b *bucket, key string, v *version) *version {
	b.seq++
	v.seq, v.modified, v.id = b.seq, s.now(), nullVersion
	if b.versioning == types.BucketVersioningStatusEnabled {
		v.id = randomID()
		b.seqs[v.id] = v.seq
	} else {
		b.objects[key] = slices.DeleteFunc(b.objects[key], func(old *version) bool { return old.id == nullVersion })
	}
	b.objects[key] = append(b.objects[key], v)
	return v
}

// delete implements DeleteObject's semantics for one key.
func (s *Server) delete(b *bucket, key string, versionID *string) types.DeletedObject {
	d := types.DeletedObject{Key: aws.String(key), VersionId: versionID}
	if versionID != nil {
		if v := b.find(key, *versionID); v != nil {
			b.objects[key] = slices.DeleteFunc(b.objects[key], func(x *version) bool { return x == v })
			if len(b.objects[key]) == 0 {
				delete(b.objects, key)
			}
			if v.deleteMarker {
				d.DeleteMarker = aws.Bool(true)
			}
		}
		return d
	}
	if b.versioning == "" {
		delete(b.objects, key)
		return d
	}
	marker := s.write(b, key, &version{deleteMarker: true})
	d.DeleteMarker, d.DeleteMarkerVersionId = aws.Bool(true), aws.String(marker.id)
	return d
}

// find returns key's version with the given id, or nil.
func (b *bucket) find(key, id string) *version {
	for _, v := range b.objects[key] {
		if v.id == id {
			return v
		}
	}
	return nil
}

// keys returns the keys with any version under prefix, sorted.
func (b *bucket) keys(prefix string) []string {
	keys := make([]string, 0, len(b.objects))
	for k := range b.objects {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// reportedID is the version id S3 returns: none for a bucket whose
// versioning was never configured.
func (b *bucket) reportedID(v *version) *string {
	if b.versioning == "" {
		return nil
	}
	return aws.String(v.id)
}

// maxKeys returns the page size; anything outside 1..1000 means 1000.
func maxKeys(n *int32) int {
	if n == nil || *n < 1 || *n > defaultMaxKeys {
		return defaultMaxKeys
	}
	return int(*n)
}

// randomID returns an opaque version id; order comes from bucket.seqs.
func randomID() string {
	var b [24]byte
	_, _ = rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

func apiError(code, msg string) error {
	return &smithy.GenericAPIError{Code: code, Message: msg, Fault: smithy.FaultClient}
}
