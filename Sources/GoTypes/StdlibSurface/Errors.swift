// Errors.swift — the declared surface of package errors, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let errors = #"""
        package errors

        var ErrUnsupported error

        func New(text string) error
        func Join(errs ...error) error
        func Unwrap(err error) error
        func Is(err, target error) bool
        func As(err error, target any) bool
        """#
}
