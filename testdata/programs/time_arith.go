// Time arithmetic without time zones: Unix conversions, Add and Sub (with
// and without monotonic readings), comparisons, IsZero, Month and Weekday
// names, Duration results.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := time.Unix(1700000000, 123456789)
	fmt.Println(x.Unix(), x.UnixMilli(), x.UnixMicro(), x.UnixNano(), x.Nanosecond())
	y := x.Add(90 * time.Minute)
	fmt.Println(y.Sub(x), x.Sub(y), y.After(x), y.Before(x), x.Equal(x), x.Compare(y), y.Compare(x), x.Compare(x))
	fmt.Println(x.Add(-time.Nanosecond*123456790).UnixNano(), x.Add(time.Second+877*time.Millisecond).Nanosecond())

	// Normalisation of nanoseconds outside [0, 1e9).
	fmt.Println(time.Unix(10, 2500000000).UnixNano(), time.Unix(10, -1).UnixNano(), time.Unix(-1, -1500000000).Unix())
	fmt.Println(time.UnixMilli(-1500).UnixNano(), time.UnixMicro(1234567).UnixNano())

	// The zero Time and the Unix epoch.
	var zero time.Time
	fmt.Println(zero.IsZero(), time.Unix(0, 0).IsZero(), zero.Unix(), time.Unix(0, 0).Sub(zero))
	fmt.Println(zero.Before(time.Unix(0, 0)), zero.Add(time.Hour).Sub(zero))

	// Sub saturates at the extremes.
	far := time.Unix(1<<40, 0)
	fmt.Println(far.Sub(zero) == time.Duration(1<<63-1), zero.Sub(far) == -1<<63)

	// Now has a monotonic reading; UTC() strips it but keeps the instant.
	now := time.Now()
	fmt.Println(now.Equal(now.UTC()), now == now.UTC(), now.UTC().Sub(now) == 0, now.Location() == time.Local, now.UTC().Location() == time.UTC)
	later := now.Add(2 * time.Second)
	fmt.Println(later.Sub(now), time.Until(later) > time.Second, time.Since(later) < 0)
	fmt.Println(now.Unix() > 1600000000, now.UnixNano()/1e9 == now.Unix(), now.UnixMilli()/1000 == now.Unix())
	fmt.Println(now.Local().Equal(now), now.In(time.UTC).Equal(now))

	fmt.Println(time.January, time.December, time.Month(13), time.Sunday, time.Saturday, time.Weekday(9))
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Friday)
	fmt.Println((1500 * time.Millisecond).Seconds(), time.Since(now) >= 0)
}
