// Package time, as gosub provides it: the clock and timers are native (the run's real or
// fake clock), the arithmetic is Go.
package time

import "errors"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return d, nil
}

func parseDuration(s string) (Duration, string)

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

type Location struct {
	name   string
	offset int
}

var UTC *Location = &Location{"UTC", 0}

// Local is UTC, as on the Go playground: outputs do not depend on the machine's zone.
var Local *Location = UTC

func FixedZone(name string, offset int) *Location {
	return &Location{name, offset}
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// A Time is seconds since January 1, year 1 UTC, plus nanoseconds, an optional monotonic
// reading (nanoseconds since the program started) and a location.
type Time struct {
	sec     int64
	nsec    int64
	mono    int64
	hasMono bool
	loc     *Location
}

const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func now() (unixSec int64, nsec int64, mono int64)

func Now() Time {
	s, n, m := now()
	return Time{sec: s + unixToInternal, nsec: n, mono: m, hasMono: true, loc: Local}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func (t Time) offset() int {
	if t.loc == nil {
		return 0
	}
	return t.loc.offset
}

func (t Time) zoneName() string {
	if t.loc == nil {
		return "UTC"
	}
	return t.loc.name
}

func (t Time) Unix() int64 { return t.sec - unixToInternal }

func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) UTC() Time {
	t.loc = UTC
	return t
}

func (t Time) Local() Time {
	t.loc = Local
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Round and Truncate work relative to the Unix epoch, which agrees with Go's zero-time base
// for every d that divides a day.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	r := ns % int64(d)
	if r < 0 {
		r += int64(d)
	}
	if r+r < int64(d) {
		return Unix(0, ns-r).In(t.Location())
	}
	return Unix(0, ns-r+int64(d)).In(t.Location())
}

func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	r := ns % int64(d)
	if r < 0 {
		r += int64(d)
	}
	return Unix(0, ns-r).In(t.Location())
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

// civil returns the calendar fields of t in its location.
func civil(unixSec int64, offset int) (year int, month int, day int, hour int, min int, sec int, wday int, yday int)

func daysIn(year int, month int) int

func (t Time) fields() (year int, month int, day int, hour int, min int, sec int, wday int, yday int) {
	return civil(t.sec-unixToInternal, t.offset())
}

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := t.fields()
	return y, Month(m), d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, mi, s, _, _ := t.fields()
	return h, mi, s
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, w, _ := t.fields()
	return Weekday(w)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd := t.fields()
	return yd
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on Monday, and week 1
// is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d := int(Thursday) - int(t.Weekday())
	if d == 4 {
		d = -3 // Sunday belongs to the week of the Thursday before
	}
	th := t.AddDate(0, 0, d)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

func (t Time) Zone() (name string, offset int) { return t.zoneName(), t.offset() }

func format(unixSec int64, nsec int64, zone string, offset int, layout string) string

func timeString(unixSec int64, nsec int64, zone string, offset int, mono int64, hasMono bool) string

func (t Time) Format(layout string) string {
	return format(t.sec-unixToInternal, t.nsec, t.zoneName(), t.offset(), layout)
}

func (t Time) String() string {
	return timeString(t.sec-unixToInternal, t.nsec, t.zoneName(), t.offset(), t.mono, t.hasMono)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// dateToUnix normalises an out-of-range date as Go does and returns Unix seconds in UTC.
func dateToUnix(year int, month int, day int, hour int, min int, sec int) int64

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s := int64(sec) + int64(nsec/1e9)
	n := nsec % 1e9
	if n < 0 {
		n += 1e9
		s--
	}
	u := dateToUnix(year, int(month), day, hour, min, int(s)) - int64(loc.offset)
	return Time{sec: u + unixToInternal, nsec: int64(n), loc: loc}
}

func Parse(layout, value string) (Time, error) {
	sec, nsec, zone, offset, msg := parse(layout, value)
	if msg != "" {
		return Time{}, errors.New(msg)
	}
	loc := UTC
	if zone != "UTC" || offset != 0 {
		loc = &Location{zone, offset}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: loc}, nil
}

func parse(layout, value string) (unixSec int64, nsec int64, zone string, offset int, err string)

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Timers and tickers: the channel and the runtime timer (id) behind them.
type Timer struct {
	C  <-chan Time
	id any
}

func newTimer(d Duration, period Duration, c chan Time, f func()) any

func stopTimer(id any) bool

func resetTimer(id any, d Duration, period Duration) bool

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, id: newTimer(d, 0, c, nil)}
}

func (t *Timer) Stop() bool {
	return stopTimer(t.id)
}

func (t *Timer) Reset(d Duration) bool {
	return resetTimer(t.id, d, 0)
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{id: newTimer(d, 0, nil, f)}
}

type Ticker struct {
	C  <-chan Time
	id any
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, id: newTimer(d, d, c, nil)}
}

func (t *Ticker) Stop() {
	stopTimer(t.id)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(t.id, d, d)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
