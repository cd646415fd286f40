// IOFS.swift — the declared surface of package io/fs, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let ioFS = #"""
        package fs

        import (
        	"time"
        )

        const ModeDir FileMode = 2147483648
        const ModeAppend FileMode = 1073741824
        const ModeExclusive FileMode = 536870912
        const ModeTemporary FileMode = 268435456
        const ModeSymlink FileMode = 134217728
        const ModeDevice FileMode = 67108864
        const ModeNamedPipe FileMode = 33554432
        const ModeSocket FileMode = 16777216
        const ModeSetuid FileMode = 8388608
        const ModeSetgid FileMode = 4194304
        const ModeCharDevice FileMode = 2097152
        const ModeSticky FileMode = 1048576
        const ModeIrregular FileMode = 524288
        const ModeType FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
        const ModePerm FileMode = 0777

        var ErrInvalid error
        var ErrPermission error
        var ErrExist error
        var ErrNotExist error
        var ErrClosed error
        var SkipDir error
        var SkipAll error

        type FS interface {
        	Open(name string) (File, error)
        }

        type File interface {
        	Close() error
        	Read([]byte) (int, error)
        	Stat() (FileInfo, error)
        }

        type DirEntry interface {
        	Info() (FileInfo, error)
        	IsDir() bool
        	Name() string
        	Type() FileMode
        }

        type ReadDirFile interface {
        	File
        	ReadDir(n int) ([]DirEntry, error)
        }

        type FileInfo interface {
        	IsDir() bool
        	ModTime() time.Time
        	Mode() FileMode
        	Name() string
        	Size() int64
        	Sys() any
        }

        type FileMode uint32

        func (m FileMode) String() string
        func (m FileMode) IsDir() bool
        func (m FileMode) IsRegular() bool
        func (m FileMode) Perm() FileMode
        func (m FileMode) Type() FileMode

        type PathError struct {
        	Op   string
        	Path string
        	Err  error
        }

        func (e *PathError) Error() string
        func (e *PathError) Unwrap() error
        func (e *PathError) Timeout() bool

        type GlobFS interface {
        	FS
        	Glob(pattern string) ([]string, error)
        }

        type ReadDirFS interface {
        	FS
        	ReadDir(name string) ([]DirEntry, error)
        }

        type ReadFileFS interface {
        	FS
        	ReadFile(name string) ([]byte, error)
        }

        type ReadLinkFS interface {
        	FS
        	Lstat(name string) (FileInfo, error)
        	ReadLink(name string) (string, error)
        }

        type StatFS interface {
        	FS
        	Stat(name string) (FileInfo, error)
        }

        type SubFS interface {
        	FS
        	Sub(dir string) (FS, error)
        }

        type WalkDirFunc func(path string, d DirEntry, err error) error

        func FormatFileInfo(info FileInfo) string
        func FormatDirEntry(dir DirEntry) string
        func ValidPath(name string) bool
        func Glob(fsys FS, pattern string) (matches []string, err error)
        func ReadDir(fsys FS, name string) ([]DirEntry, error)
        func FileInfoToDirEntry(info FileInfo) DirEntry
        func ReadFile(fsys FS, name string) ([]byte, error)
        func ReadLink(fsys FS, name string) (string, error)
        func Lstat(fsys FS, name string) (FileInfo, error)
        func Stat(fsys FS, name string) (FileInfo, error)
        func Sub(fsys FS, dir string) (FS, error)
        func WalkDir(fsys FS, root string, fn WalkDirFunc) error
        """#
}
