// Runtime.swift — the declared surface of package runtime, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let runtime = #"""
        package runtime

        import (
        	"unsafe"
        )

        const Compiler = "gc"
        const GOOS string = "linux"
        const GOARCH string = "amd64"

        var MemProfileRate int

        type Error interface {
        	error
        	RuntimeError()
        }

        type TypeAssertionError struct {
        	_interface    unsafe.Pointer
        	concrete      unsafe.Pointer
        	asserted      unsafe.Pointer
        	missingMethod string
        }

        func (t *TypeAssertionError) RuntimeError()
        func (e *TypeAssertionError) Error() string

        type Cleanup struct {
        	id  uint64
        	ptr uintptr
        }

        func (c Cleanup) Stop()

        type StackRecord struct {
        	Stack0 [32]uintptr
        }

        func (r *StackRecord) Stack() []uintptr

        type MemProfileRecord struct {
        	AllocBytes   int64
        	FreeBytes    int64
        	AllocObjects int64
        	FreeObjects  int64
        	Stack0       [32]uintptr
        }

        func (r *MemProfileRecord) InUseBytes() int64
        func (r *MemProfileRecord) InUseObjects() int64
        func (r *MemProfileRecord) Stack() []uintptr

        type BlockProfileRecord struct {
        	Count  int64
        	Cycles int64
        	StackRecord
        }

        func (r *BlockProfileRecord) Stack() []uintptr

        type MemStats struct {
        	Alloc         uint64
        	TotalAlloc    uint64
        	Sys           uint64
        	Lookups       uint64
        	Mallocs       uint64
        	Frees         uint64
        	HeapAlloc     uint64
        	HeapSys       uint64
        	HeapIdle      uint64
        	HeapInuse     uint64
        	HeapReleased  uint64
        	HeapObjects   uint64
        	StackInuse    uint64
        	StackSys      uint64
        	MSpanInuse    uint64
        	MSpanSys      uint64
        	MCacheInuse   uint64
        	MCacheSys     uint64
        	BuckHashSys   uint64
        	GCSys         uint64
        	OtherSys      uint64
        	NextGC        uint64
        	LastGC        uint64
        	PauseTotalNs  uint64
        	PauseNs       [256]uint64
        	PauseEnd      [256]uint64
        	NumGC         uint32
        	NumForcedGC   uint32
        	GCCPUFraction float64
        	EnableGC      bool
        	DebugGC       bool
        	BySize        [61]struct {
        		Size    uint32
        		Mallocs uint64
        		Frees   uint64
        	}
        }

        type PanicNilError struct {
        	_ [0]*PanicNilError
        }

        func (p *PanicNilError) Error() string
        func (p *PanicNilError) RuntimeError()

        type Pinner struct {
        	pinner unsafe.Pointer
        }

        func (p *Pinner) Pin(pointer any)
        func (p *Pinner) Unpin()

        type Frames struct {
        	callers    []uintptr
        	nextPC     uintptr
        	frames     []Frame
        	frameStore [2]Frame
        }

        func (ci *Frames) Next() (frame Frame, more bool)

        type Frame struct {
        	PC        uintptr
        	Func      *Func
        	Function  string
        	File      string
        	Line      int
        	startLine int
        	Entry     uintptr
        	funcInfo  struct {
        		_func unsafe.Pointer
        		datap unsafe.Pointer
        	}
        }

        type Func struct {
        	opaque struct{}
        }

        func (f *Func) Name() string
        func (f *Func) Entry() uintptr
        func (f *Func) FileLine(pc uintptr) (file string, line int)

        func SetCPUProfileRate(hz int)
        func CPUProfile() []byte
        func GOMAXPROCS(n int) int
        func SetDefaultGOMAXPROCS()
        func NumCPU() int
        func NumCgoCall() int64
        func NumGoroutine() int
        func Caller(skip int) (pc uintptr, file string, line int, ok bool)
        func Callers(skip int, pc []uintptr) int
        func GOROOT() string
        func Version() string
        func SetFinalizer(obj, finalizer any)
        func KeepAlive(x any)
        func GC()
        func SetBlockProfileRate(rate int)
        func SetMutexProfileFraction(rate int) int
        func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)
        func BlockProfile(p []BlockProfileRecord) (n int, ok bool)
        func MutexProfile(p []BlockProfileRecord) (n int, ok bool)
        func ThreadCreateProfile(p []StackRecord) (n int, ok bool)
        func GoroutineProfile(p []StackRecord) (n int, ok bool)
        func Stack(buf []byte, all bool) int
        func ReadMemStats(m *MemStats)
        func Goexit()
        func Gosched()
        func Breakpoint()
        func LockOSThread()
        func UnlockOSThread()
        func CallersFrames(callers []uintptr) *Frames
        func FuncForPC(pc uintptr) *Func
        func StartTrace() error
        func StopTrace()
        func ReadTrace() (buf []byte)
        func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer)
        """#
}
