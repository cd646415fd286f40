// Fmt.swift — the declared surface of package fmt, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let fmt = #"""
        package fmt

        import (
        	"io"
        )

        type State interface {
        	Flag(c int) bool
        	Precision() (prec int, ok bool)
        	Width() (wid int, ok bool)
        	Write(b []byte) (n int, err error)
        }

        type Formatter interface {
        	Format(f State, verb rune)
        }

        type Stringer interface {
        	String() string
        }

        type GoStringer interface {
        	GoString() string
        }

        type ScanState interface {
        	Read(buf []byte) (n int, err error)
        	ReadRune() (r rune, size int, err error)
        	SkipSpace()
        	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
        	UnreadRune() error
        	Width() (wid int, ok bool)
        }

        type Scanner interface {
        	Scan(state ScanState, verb rune) error
        }

        func Errorf(format string, a ...any) (err error)
        func FormatString(state State, verb rune) string
        func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
        func Printf(format string, a ...any) (n int, err error)
        func Sprintf(format string, a ...any) string
        func Appendf(b []byte, format string, a ...any) []byte
        func Fprint(w io.Writer, a ...any) (n int, err error)
        func Print(a ...any) (n int, err error)
        func Sprint(a ...any) string
        func Append(b []byte, a ...any) []byte
        func Fprintln(w io.Writer, a ...any) (n int, err error)
        func Println(a ...any) (n int, err error)
        func Sprintln(a ...any) string
        func Appendln(b []byte, a ...any) []byte
        func Scan(a ...any) (n int, err error)
        func Scanln(a ...any) (n int, err error)
        func Scanf(format string, a ...any) (n int, err error)
        func Sscan(str string, a ...any) (n int, err error)
        func Sscanln(str string, a ...any) (n int, err error)
        func Sscanf(str, format string, a ...any) (n int, err error)
        func Fscan(r io.Reader, a ...any) (n int, err error)
        func Fscanln(r io.Reader, a ...any) (n int, err error)
        func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
        """#
}
