// RuntimeDebug.swift — the declared surface of package runtime/debug, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let runtimeDebug = #"""
        package debug

        import (
        	"os"
        	"time"
        )

        type GCStats struct {
        	LastGC         time.Time
        	NumGC          int64
        	PauseTotal     time.Duration
        	Pause          []time.Duration
        	PauseEnd       []time.Time
        	PauseQuantiles []time.Duration
        }

        type BuildInfo struct {
        	GoVersion string
        	Path      string
        	Main      Module
        	Deps      []*Module
        	Settings  []BuildSetting
        }

        func (bi *BuildInfo) String() string

        type Module struct {
        	Path    string
        	Version string
        	Sum     string
        	Replace *Module
        }

        type BuildSetting struct {
        	Key   string
        	Value string
        }

        type CrashOptions struct{}

        func ReadGCStats(stats *GCStats)
        func SetGCPercent(percent int) int
        func FreeOSMemory()
        func SetMaxStack(bytes int) int
        func SetMaxThreads(threads int) int
        func SetPanicOnFault(enabled bool) bool
        func WriteHeapDump(fd uintptr)
        func SetTraceback(level string)
        func SetMemoryLimit(limit int64) int64
        func ReadBuildInfo() (info *BuildInfo, ok bool)
        func ParseBuildInfo(data string) (bi *BuildInfo, err error)
        func PrintStack()
        func Stack() []byte
        func SetCrashOutput(f *os.File, opts CrashOptions) error
        """#
}
