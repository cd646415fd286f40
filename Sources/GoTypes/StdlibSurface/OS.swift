// OS.swift — the declared surface of package os, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let os = #"""
        package os

        import (
        	"io"
        	"io/fs"
        	"sync"
        	"sync/atomic"
        	"time"
        	"unsafe"
        )

        const O_RDONLY int = 0
        const O_WRONLY int = 1
        const O_RDWR int = 2
        const O_APPEND int = 1024
        const O_CREATE int = 64
        const O_EXCL int = 128
        const O_SYNC int = 1052672
        const O_TRUNC int = 512
        const SEEK_SET int = 0
        const SEEK_CUR int = 1
        const SEEK_END int = 2
        const DevNull = "/dev/null"
        const PathSeparator = '/'
        const PathListSeparator = ':'
        const ModeDir fs.FileMode = 2147483648
        const ModeAppend fs.FileMode = 1073741824
        const ModeExclusive fs.FileMode = 536870912
        const ModeTemporary fs.FileMode = 268435456
        const ModeSymlink fs.FileMode = 134217728
        const ModeDevice fs.FileMode = 67108864
        const ModeNamedPipe fs.FileMode = 33554432
        const ModeSocket fs.FileMode = 16777216
        const ModeSetuid fs.FileMode = 8388608
        const ModeSetgid fs.FileMode = 4194304
        const ModeCharDevice fs.FileMode = 2097152
        const ModeSticky fs.FileMode = 1048576
        const ModeIrregular fs.FileMode = 524288
        const ModeType fs.FileMode = 2401763328
        const ModePerm fs.FileMode = 511

        var ErrInvalid error
        var ErrPermission error
        var ErrExist error
        var ErrNotExist error
        var ErrClosed error
        var ErrNoDeadline error
        var ErrDeadlineExceeded error
        var ErrProcessDone error
        var ErrNoHandle error
        var Interrupt Signal
        var Kill Signal
        var Stdin *File
        var Stdout *File
        var Stderr *File
        var Args []string

        type DirEntry = fs.DirEntry

        type PathError = fs.PathError

        type SyscallError struct {
        	Syscall string
        	Err     error
        }

        func (e *SyscallError) Error() string
        func (e *SyscallError) Unwrap() error
        func (e *SyscallError) Timeout() bool

        type Process struct {
        	Pid     int
        	state   atomic.Uint32
        	sigMu   sync.RWMutex
        	handle  unsafe.Pointer
        	cleanup struct {
        		id  uint64
        		ptr uintptr
        	}
        }

        func (p *Process) Release() error
        func (p *Process) Kill() error
        func (p *Process) Wait() (*ProcessState, error)
        func (p *Process) Signal(sig Signal) error
        func (p *Process) WithHandle(f func(handle uintptr)) error

        type Signal interface {
        	Signal()
        	String() string
        }

        type ProcessState struct {
        	pid    int
        	status uint32
        	rusage unsafe.Pointer
        }

        func (p *ProcessState) UserTime() time.Duration
        func (p *ProcessState) SystemTime() time.Duration
        func (p *ProcessState) Exited() bool
        func (p *ProcessState) Success() bool
        func (p *ProcessState) Sys() any
        func (p *ProcessState) SysUsage() any
        func (p *ProcessState) Pid() int
        func (p *ProcessState) String() string
        func (p *ProcessState) ExitCode() int

        type LinkError struct {
        	Op  string
        	Old string
        	New string
        	Err error
        }

        func (e *LinkError) Error() string
        func (e *LinkError) Unwrap() error

        type Root struct {
        	root unsafe.Pointer
        }

        func (r *Root) Name() string
        func (r *Root) Close() error
        func (r *Root) Open(name string) (*File, error)
        func (r *Root) Create(name string) (*File, error)
        func (r *Root) OpenFile(name string, flag int, perm FileMode) (*File, error)
        func (r *Root) OpenRoot(name string) (*Root, error)
        func (r *Root) Chmod(name string, mode FileMode) error
        func (r *Root) Mkdir(name string, perm FileMode) error
        func (r *Root) MkdirAll(name string, perm FileMode) error
        func (r *Root) Chown(name string, uid, gid int) error
        func (r *Root) Lchown(name string, uid, gid int) error
        func (r *Root) Chtimes(name string, atime, mtime time.Time) error
        func (r *Root) Remove(name string) error
        func (r *Root) RemoveAll(name string) error
        func (r *Root) Stat(name string) (FileInfo, error)
        func (r *Root) Lstat(name string) (FileInfo, error)
        func (r *Root) Readlink(name string) (string, error)
        func (r *Root) Rename(oldname, newname string) error
        func (r *Root) Link(oldname, newname string) error
        func (r *Root) Symlink(oldname, newname string) error
        func (r *Root) ReadFile(name string) ([]byte, error)
        func (r *Root) WriteFile(name string, data []byte, perm FileMode) error
        func (r *Root) FS() fs.FS

        type File struct {
        	file unsafe.Pointer
        }

        func (f *File) Readdir(n int) ([]FileInfo, error)
        func (f *File) Readdirnames(n int) (names []string, err error)
        func (f *File) ReadDir(n int) ([]DirEntry, error)
        func (f *File) Name() string
        func (f *File) Read(b []byte) (n int, err error)
        func (f *File) ReadAt(b []byte, off int64) (n int, err error)
        func (f *File) ReadFrom(r io.Reader) (n int64, err error)
        func (f *File) Write(b []byte) (n int, err error)
        func (f *File) WriteAt(b []byte, off int64) (n int, err error)
        func (f *File) WriteTo(w io.Writer) (n int64, err error)
        func (f *File) Seek(offset int64, whence int) (ret int64, err error)
        func (f *File) WriteString(s string) (n int, err error)
        func (f *File) Chmod(mode FileMode) error
        func (f *File) SetDeadline(t time.Time) error
        func (f *File) SetReadDeadline(t time.Time) error
        func (f *File) SetWriteDeadline(t time.Time) error
        func (f *File) Fd() uintptr
        func (f *File) Close() error
        func (f *File) Chown(uid, gid int) error
        func (f *File) Truncate(size int64) error
        func (f *File) Sync() error
        func (f *File) Chdir() error
        func (f *File) Stat() (FileInfo, error)

        type FileInfo = fs.FileInfo

        type FileMode = fs.FileMode

        func ReadDir(name string) ([]DirEntry, error)
        func CopyFS(dir string, fsys fs.FS) error
        func Expand(s string, mapping func(string) string) string
        func ExpandEnv(s string) string
        func Getenv(key string) string
        func LookupEnv(key string) (string, bool)
        func Setenv(key, value string) error
        func Unsetenv(key string) error
        func Clearenv()
        func Environ() []string
        func NewSyscallError(syscall string, err error) error
        func IsExist(err error) bool
        func IsNotExist(err error) bool
        func IsPermission(err error) bool
        func IsTimeout(err error) bool
        func Getpid() int
        func Getppid() int
        func FindProcess(pid int) (*Process, error)
        func Executable() (string, error)
        func NewFile(fd uintptr, name string) *File
        func Mkdir(name string, perm FileMode) error
        func Chdir(dir string) error
        func Open(name string) (*File, error)
        func Create(name string) (*File, error)
        func OpenFile(name string, flag int, perm FileMode) (*File, error)
        func Rename(oldpath, newpath string) error
        func Readlink(name string) (string, error)
        func TempDir() string
        func UserCacheDir() (string, error)
        func UserConfigDir() (string, error)
        func UserHomeDir() (string, error)
        func Chmod(name string, mode FileMode) error
        func DirFS(dir string) fs.FS
        func ReadFile(name string) ([]byte, error)
        func WriteFile(name string, data []byte, perm FileMode) error
        func Chown(name string, uid, gid int) error
        func Lchown(name string, uid, gid int) error
        func Chtimes(name string, atime, mtime time.Time) error
        func Truncate(name string, size int64) error
        func Remove(name string) error
        func Link(oldname, newname string) error
        func Symlink(oldname, newname string) error
        func Getwd() (dir string, err error)
        func MkdirAll(path string, perm FileMode) error
        func RemoveAll(path string) error
        func IsPathSeparator(c uint8) bool
        func Pipe() (r, w *File, err error)
        func Getuid() int
        func Geteuid() int
        func Getgid() int
        func Getegid() int
        func Getgroups() ([]int, error)
        func Exit(code int)
        func OpenInRoot(dir, name string) (*File, error)
        func OpenRoot(name string) (*Root, error)
        func Stat(name string) (FileInfo, error)
        func Lstat(name string) (FileInfo, error)
        func Hostname() (name string, err error)
        func CreateTemp(dir, pattern string) (*File, error)
        func MkdirTemp(dir, pattern string) (string, error)
        func Getpagesize() int
        func SameFile(fi1, fi2 FileInfo) bool
        """#
}
