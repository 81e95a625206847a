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
	return "%!Month(" + utoa(uint64(m)) + ")"
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
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa formats as Go's time package does for out-of-range months and weekdays: unsigned.
func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	s := ""
	for u > 0 {
		s = string(rune('0'+u%10)) + s
		u /= 10
	}
	return s
}

// A Location here is one fixed zone: its name (String()), the zone abbreviation its times
// show, and the offset east of UTC in seconds.
type Location struct {
	name   string
	zone   string
	offset int
}

var UTC *Location = &Location{"UTC", "UTC", 0}

// Local is the zone UTC under the name "Local", as on the Go playground and on a machine set
// to UTC: outputs do not depend on the machine's zone.
var Local *Location = &Location{"Local", "UTC", 0}

func FixedZone(name string, offset int) *Location {
	return &Location{name, name, offset}
}

// LoadLocation knows only the zones that need no database: "" and "UTC" (UTC), "Local".
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
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

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

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
	return t.loc.zone
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

// setLoc stores UTC as nil, as Go does, so that == agrees with Go on times in UTC.
func (t *Time) setLoc(loc *Location) {
	if loc == UTC {
		loc = nil
	}
	t.loc = loc
}

func (t Time) UTC() Time {
	t.loc = nil
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
	t.setLoc(loc)
	return t
}

// Round and Truncate work on the time since January 1, year 1 (as Go's do), so weeks and
// other durations that do not divide a day land where Go's land.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// rem is the time since year 1 modulo d > 0, in [0, d), computed without overflowing.
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.sec, t.nsec
	neg := sec < 0
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := mulmod(uint64(sec)%m, 1e9, m)
	r = (r + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulmod is a*b mod m for a, m < 2^63, by doubling so that no step overflows.
func mulmod(a, b, m uint64) uint64 {
	r := uint64(0)
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
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
	d := Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
	if u.Add(d).Equal(t) {
		return d
	}
	// the difference does not fit a Duration: saturate as Go does
	if t.Before(u) {
		return -1 << 63
	}
	return 1<<63 - 1
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
	t := Time{sec: u + unixToInternal, nsec: int64(n)}
	t.setLoc(loc)
	return t
}

func Parse(layout, value string) (Time, error) {
	return parseIn(layout, value, UTC, Local)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

// parseIn gives the parsed wall clock its location as Go does: "Z" is UTC; a numeric offset
// or a zone name is local's when local has it, else a fixed zone; neither means defLoc.
func parseIn(layout, value string, defLoc, local *Location) (Time, error) {
	wall, nsec, isUTC, zoneOffset, zoneName, failed, l, v, le, ve, msg := parse(layout, value)
	if failed {
		return Time{}, &ParseError{Layout: l, Value: v, LayoutElem: le, ValueElem: ve, Message: msg}
	}
	t := Time{sec: wall + unixToInternal, nsec: nsec}
	switch {
	case isUTC:
	case zoneOffset != -1:
		t.sec -= int64(zoneOffset)
		if local.offset == zoneOffset && (zoneName == "" || local.zone == zoneName) {
			t.setLoc(local)
		} else {
			t.loc = FixedZone(zoneName, zoneOffset)
		}
	case zoneName != "":
		if local != UTC && local.zone == zoneName {
			t.sec -= int64(local.offset)
			t.setLoc(local)
		} else {
			// an unknown abbreviation: Go keeps the clock reading as UTC's, whatever the offset
			t.loc = FixedZone(zoneName, gmtOffset(zoneName))
		}
	default:
		t.sec -= int64(defLoc.offset)
		t.setLoc(defLoc)
	}
	return t, nil
}

// gmtOffset reads the hours of a "GMT+3"-style zone name; other names have offset 0.
func gmtOffset(name string) int {
	if len(name) <= 3 || name[:3] != "GMT" {
		return 0
	}
	neg := name[3] == '-'
	h := 0
	for _, c := range name[4:] {
		h = h*10 + int(c-'0')
	}
	if neg {
		h = -h
	}
	return h * 3600
}

// parse reads value by layout; it returns the wall clock as Unix seconds, and the zone the
// value named: "Z" (isUTC), a numeric offset (else -1), an abbreviation; or the fields of a
// ParseError.
func parse(layout, value string) (wall int64, nsec int64, isUTC bool, zoneOffset int, zoneName string,
	failed bool, l, v, le, ve, msg string)

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// quote is package time's quoting (not strconv's): bytes outside printable ASCII become \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xf])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

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

// GoString spells t as the time.Date call that makes it (%#v).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := "time.Date(" + itoa(year) + ", time." + month.String() + ", " + itoa(day) + ", " + itoa(hour) + ", " +
		itoa(min) + ", " + itoa(sec) + ", " + itoa(t.Nanosecond()) + ", "
	switch loc := t.Location(); loc {
	case UTC:
		s += "time.UTC"
	case Local:
		s += "time.Local"
	default:
		s += "time.Location(" + quote(loc.name) + ")"
	}
	return s + ")"
}

func itoa(i int) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

// IsDST is false: every Location here is a fixed zone.
func (t Time) IsDST() bool { return false }

// ZoneBounds of a fixed zone are unbounded: both zero Times.
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

// MarshalText is RFC 3339 with the fraction Go keeps (RFC3339Nano); years must have 4 digits.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	return []byte(`"` + t.Format(RFC3339Nano) + `"`), nil
}

func (t *Time) UnmarshalText(data []byte) error {
	p, err := Parse(RFC3339, string(data))
	if err == nil {
		*t = p
	}
	return err
}

// UnmarshalJSON accepts a quoted RFC 3339 time; null leaves t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	p, err := Parse(RFC3339, s[1:len(s)-1])
	if err == nil {
		*t = p
	}
	return err
}
