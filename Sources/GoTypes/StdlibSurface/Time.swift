// Time.swift — the declared surface of package time, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let time = #"""
        package time

        import (
        	"unsafe"
        )

        const Layout = "01/02 03:04:05PM '06 -0700"
        const ANSIC = "Mon Jan _2 15:04:05 2006"
        const UnixDate = "Mon Jan _2 15:04:05 MST 2006"
        const RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
        const RFC822 = "02 Jan 06 15:04 MST"
        const RFC822Z = "02 Jan 06 15:04 -0700"
        const RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
        const RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
        const RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
        const RFC3339 = "2006-01-02T15:04:05Z07:00"
        const RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
        const Kitchen = "3:04PM"
        const Stamp = "Jan _2 15:04:05"
        const StampMilli = "Jan _2 15:04:05.000"
        const StampMicro = "Jan _2 15:04:05.000000"
        const StampNano = "Jan _2 15:04:05.000000000"
        const DateTime = "2006-01-02 15:04:05"
        const DateOnly = "2006-01-02"
        const TimeOnly = "15:04:05"
        const January Month = 1
        const February Month = 2
        const March Month = 3
        const April Month = 4
        const May Month = 5
        const June Month = 6
        const July Month = 7
        const August Month = 8
        const September Month = 9
        const October Month = 10
        const November Month = 11
        const December Month = 12
        const Sunday Weekday = 0
        const Monday Weekday = 1
        const Tuesday Weekday = 2
        const Wednesday Weekday = 3
        const Thursday Weekday = 4
        const Friday Weekday = 5
        const Saturday Weekday = 6
        const Nanosecond Duration = 1
        const Microsecond Duration = 1000 * Nanosecond
        const Millisecond Duration = 1000 * Microsecond
        const Second Duration = 1000 * Millisecond
        const Minute Duration = 60 * Second
        const Hour Duration = 60 * Minute

        var UTC *Location
        var Local *Location

        type ParseError struct {
        	Layout     string
        	Value      string
        	LayoutElem string
        	ValueElem  string
        	Message    string
        }

        func (e *ParseError) Error() string

        type Timer struct {
        	C         <-chan Time
        	initTimer bool
        }

        func (t *Timer) Stop() bool
        func (t *Timer) Reset(d Duration) bool

        type Ticker struct {
        	C          <-chan Time
        	initTicker bool
        }

        func (t *Ticker) Stop()
        func (t *Ticker) Reset(d Duration)

        type Time struct {
        	wall uint64
        	ext  int64
        	loc  *Location
        }

        func (t Time) String() string
        func (t Time) GoString() string
        func (t Time) Format(layout string) string
        func (t Time) AppendFormat(b []byte, layout string) []byte
        func (t Time) IsZero() bool
        func (t Time) After(u Time) bool
        func (t Time) Before(u Time) bool
        func (t Time) Compare(u Time) int
        func (t Time) Equal(u Time) bool
        func (t Time) Date() (year int, month Month, day int)
        func (t Time) Year() int
        func (t Time) Month() Month
        func (t Time) Day() int
        func (t Time) Weekday() Weekday
        func (t Time) ISOWeek() (year, week int)
        func (t Time) Clock() (hour, min, sec int)
        func (t Time) Hour() int
        func (t Time) Minute() int
        func (t Time) Second() int
        func (t Time) Nanosecond() int
        func (t Time) YearDay() int
        func (t Time) Add(d Duration) Time
        func (t Time) Sub(u Time) Duration
        func (t Time) AddDate(years, months, days int) Time
        func (t Time) UTC() Time
        func (t Time) Local() Time
        func (t Time) In(loc *Location) Time
        func (t Time) Location() *Location
        func (t Time) Zone() (name string, offset int)
        func (t Time) ZoneBounds() (start, end Time)
        func (t Time) Unix() int64
        func (t Time) UnixMilli() int64
        func (t Time) UnixMicro() int64
        func (t Time) UnixNano() int64
        func (t Time) AppendBinary(b []byte) ([]byte, error)
        func (t Time) MarshalBinary() ([]byte, error)
        func (t *Time) UnmarshalBinary(data []byte) error
        func (t Time) GobEncode() ([]byte, error)
        func (t *Time) GobDecode(data []byte) error
        func (t Time) MarshalJSON() ([]byte, error)
        func (t *Time) UnmarshalJSON(data []byte) error
        func (t Time) AppendText(b []byte) ([]byte, error)
        func (t Time) MarshalText() ([]byte, error)
        func (t *Time) UnmarshalText(data []byte) error
        func (t Time) IsDST() bool
        func (t Time) Truncate(d Duration) Time
        func (t Time) Round(d Duration) Time

        type Month int

        func (m Month) String() string

        type Weekday int

        func (d Weekday) String() string

        type Duration int64

        func (d Duration) String() string
        func (d Duration) Nanoseconds() int64
        func (d Duration) Microseconds() int64
        func (d Duration) Milliseconds() int64
        func (d Duration) Seconds() float64
        func (d Duration) Minutes() float64
        func (d Duration) Hours() float64
        func (d Duration) Truncate(m Duration) Duration
        func (d Duration) Round(m Duration) Duration
        func (d Duration) Abs() Duration

        type Location struct {
        	name string
        	zone []struct {
        		name   string
        		offset int
        		isDST  bool
        	}
        	tx []struct {
        		when  int64
        		index uint8
        		isstd bool
        		isutc bool
        	}
        	extend     string
        	cacheStart int64
        	cacheEnd   int64
        	cacheZone  unsafe.Pointer
        }

        func (l *Location) String() string

        func Parse(layout, value string) (Time, error)
        func ParseInLocation(layout, value string, loc *Location) (Time, error)
        func ParseDuration(s string) (Duration, error)
        func Sleep(d Duration)
        func NewTimer(d Duration) *Timer
        func After(d Duration) <-chan Time
        func AfterFunc(d Duration, f func()) *Timer
        func NewTicker(d Duration) *Ticker
        func Tick(d Duration) <-chan Time
        func Since(t Time) Duration
        func Until(t Time) Duration
        func Now() Time
        func Unix(sec, nsec int64) Time
        func UnixMilli(msec int64) Time
        func UnixMicro(usec int64) Time
        func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
        func FixedZone(name string, offset int) *Location
        func LoadLocation(name string) (*Location, error)
        func LoadLocationFromTZData(name string, data []byte) (*Location, error)
        """#
}
