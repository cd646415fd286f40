// IO.swift — the declared surface of package io, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let io = #"""
        package io

        import (
        	"sync"
        )

        const SeekStart = 0
        const SeekCurrent = 1
        const SeekEnd = 2

        var ErrShortWrite error
        var ErrShortBuffer error
        var EOF error
        var ErrUnexpectedEOF error
        var ErrNoProgress error
        var Discard Writer
        var ErrClosedPipe error

        type Reader interface {
        	Read(p []byte) (n int, err error)
        }

        type Writer interface {
        	Write(p []byte) (n int, err error)
        }

        type Closer interface {
        	Close() error
        }

        type Seeker interface {
        	Seek(offset int64, whence int) (int64, error)
        }

        type ReadWriter interface {
        	Reader
        	Writer
        }

        type ReadCloser interface {
        	Reader
        	Closer
        }

        type WriteCloser interface {
        	Writer
        	Closer
        }

        type ReadWriteCloser interface {
        	Reader
        	Writer
        	Closer
        }

        type ReadSeeker interface {
        	Reader
        	Seeker
        }

        type ReadSeekCloser interface {
        	Reader
        	Seeker
        	Closer
        }

        type WriteSeeker interface {
        	Writer
        	Seeker
        }

        type ReadWriteSeeker interface {
        	Reader
        	Writer
        	Seeker
        }

        type ReaderFrom interface {
        	ReadFrom(r Reader) (n int64, err error)
        }

        type WriterTo interface {
        	WriteTo(w Writer) (n int64, err error)
        }

        type ReaderAt interface {
        	ReadAt(p []byte, off int64) (n int, err error)
        }

        type WriterAt interface {
        	WriteAt(p []byte, off int64) (n int, err error)
        }

        type ByteReader interface {
        	ReadByte() (byte, error)
        }

        type ByteScanner interface {
        	ByteReader
        	UnreadByte() error
        }

        type ByteWriter interface {
        	WriteByte(c byte) error
        }

        type RuneReader interface {
        	ReadRune() (r rune, size int, err error)
        }

        type RuneScanner interface {
        	RuneReader
        	UnreadRune() error
        }

        type StringWriter interface {
        	WriteString(s string) (n int, err error)
        }

        type LimitedReader struct {
        	R Reader
        	N int64
        }

        func (l *LimitedReader) Read(p []byte) (n int, err error)

        type SectionReader struct {
        	r     ReaderAt
        	base  int64
        	off   int64
        	limit int64
        	n     int64
        }

        func (s *SectionReader) Read(p []byte) (n int, err error)
        func (s *SectionReader) Seek(offset int64, whence int) (int64, error)
        func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error)
        func (s *SectionReader) Size() int64
        func (s *SectionReader) Outer() (r ReaderAt, off, n int64)

        type OffsetWriter struct {
        	w    WriterAt
        	base int64
        	off  int64
        }

        func (o *OffsetWriter) Write(p []byte) (n int, err error)
        func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error)
        func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error)

        type PipeReader struct {
        	pipe struct {
        		wrMu sync.Mutex
        		wrCh chan []byte
        		rdCh chan int
        		once sync.Once
        		done chan struct{}
        		rerr struct {
        			sync.Mutex
        			err error
        		}
        		werr struct {
        			sync.Mutex
        			err error
        		}
        	}
        }

        func (r *PipeReader) Read(data []byte) (n int, err error)
        func (r *PipeReader) Close() error
        func (r *PipeReader) CloseWithError(err error) error

        type PipeWriter struct {
        	r PipeReader
        }

        func (w *PipeWriter) Write(data []byte) (n int, err error)
        func (w *PipeWriter) Close() error
        func (w *PipeWriter) CloseWithError(err error) error

        func WriteString(w Writer, s string) (n int, err error)
        func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)
        func ReadFull(r Reader, buf []byte) (n int, err error)
        func CopyN(dst Writer, src Reader, n int64) (written int64, err error)
        func Copy(dst Writer, src Reader) (written int64, err error)
        func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)
        func LimitReader(r Reader, n int64) Reader
        func NewSectionReader(r ReaderAt, off, n int64) *SectionReader
        func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter
        func TeeReader(r Reader, w Writer) Reader
        func NopCloser(r Reader) ReadCloser
        func ReadAll(r Reader) ([]byte, error)
        func MultiReader(readers ...Reader) Reader
        func MultiWriter(writers ...Writer) Writer
        func Pipe() (*PipeReader, *PipeWriter)
        """#
}
