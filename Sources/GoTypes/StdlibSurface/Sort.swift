// Sort.swift — the declared surface of package sort, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let sort = #"""
        package sort

        type Interface interface {
        	Len() int
        	Less(i, j int) bool
        	Swap(i, j int)
        }

        type IntSlice []int

        func (p IntSlice) Search(x int) int
        func (x IntSlice) Len() int
        func (x IntSlice) Less(i, j int) bool
        func (x IntSlice) Swap(i, j int)
        func (x IntSlice) Sort()

        type Float64Slice []float64

        func (p Float64Slice) Search(x float64) int
        func (x Float64Slice) Len() int
        func (x Float64Slice) Less(i, j int) bool
        func (x Float64Slice) Swap(i, j int)
        func (x Float64Slice) Sort()

        type StringSlice []string

        func (p StringSlice) Search(x string) int
        func (x StringSlice) Len() int
        func (x StringSlice) Less(i, j int) bool
        func (x StringSlice) Swap(i, j int)
        func (x StringSlice) Sort()

        func Search(n int, f func(int) bool) int
        func Find(n int, cmp func(int) int) (i int, found bool)
        func SearchInts(a []int, x int) int
        func SearchFloat64s(a []float64, x float64) int
        func SearchStrings(a []string, x string) int
        func Slice(x any, less func(i, j int) bool)
        func SliceStable(x any, less func(i, j int) bool)
        func SliceIsSorted(x any, less func(i, j int) bool) bool
        func Sort(data Interface)
        func Reverse(data Interface) Interface
        func IsSorted(data Interface) bool
        func Ints(x []int)
        func Float64s(x []float64)
        func Strings(x []string)
        func IntsAreSorted(x []int) bool
        func Float64sAreSorted(x []float64) bool
        func StringsAreSorted(x []string) bool
        func Stable(data Interface)
        """#
}
