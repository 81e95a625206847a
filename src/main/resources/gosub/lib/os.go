// Package os, as gosub provides it: the standard streams, exit, environment and files
// (files through OsFileNatives, whose errno results are wrapped here as Go does).
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// File represents an open file descriptor (0, 1, 2 are the run's standard streams).
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = args()

func args() []string

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

type PathError = fs.PathError

type FileMode = fs.FileMode

type FileInfo = fs.FileInfo

type DirEntry = fs.DirEntry

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func IsPathSeparator(c uint8) bool { return PathSeparator == c }

// LinkError records an error during a link or symlink or rename system call.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// errnoErr turns a native result into the error Go's os reports: -1 is a closed file.
func errnoErr(errno int) error {
	if errno == -1 {
		return oserror.ErrClosed
	}
	return syscall.Errno(errno)
}

func (f *File) wrapErr(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: errnoErr(errno)}
}

func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor number.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// read reads from the run's standard input; eof reports its end.
func read(fd int, b []byte) (int, bool)

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd == 0 {
		n, eof := read(f.fd, b)
		if eof {
			return n, io.EOF
		}
		return n, nil
	}
	n, eof, errno := fileRead(f.fd, b, -1)
	if errno != 0 {
		return n, f.wrapErr("read", errno)
	}
	if eof {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, eof, errno := fileRead(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("read", errno)
			break
		}
		if eof {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	buf := make([]byte, 32*1024)
	for {
		nr, er := r.Read(buf)
		if nr > 0 {
			nw, ew := f.Write(buf[:nr])
			n += int64(nw)
			if ew != nil {
				return n, ew
			}
		}
		if er != nil {
			if er == io.EOF {
				return n, nil
			}
			return n, er
		}
	}
}

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, errno := writeString(f.fd, s)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	return n, nil
}

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, errno := fileWriteAt(f.fd, b, off)
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	return n, nil
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	ret, errno := fileSeek(f.fd, offset, whence)
	if errno != 0 {
		return 0, f.wrapErr("seek", errno)
	}
	return ret, nil
}

func (f *File) Truncate(size int64) error {
	if f == nil {
		return ErrInvalid
	}
	if errno := fileTruncate(f.fd, size); errno != 0 {
		return f.wrapErr("truncate", errno)
	}
	return nil
}

func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if errno := fileClose(f.fd); errno != 0 {
		return f.wrapErr("close", errno)
	}
	return nil
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, mode, mtime, errno := fdStat(f.fd)
	if errno != 0 {
		return nil, f.wrapErr("stat", errno)
	}
	return &fileStat{name: basename(f.name), size: size, mode: FileMode(mode), modTime: time.Unix(0, mtime)}, nil
}

func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, types, errno := fileReadDir(f.fd, n)
	if errno != 0 {
		return nil, f.wrapErr("readdirent", errno)
	}
	if n > 0 && len(names) == 0 {
		return []DirEntry{}, io.EOF
	}
	return dirEntries(f.name, names, types), nil
}

func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.ReadDir(n)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if names == nil {
		names = []string{}
	}
	return names, err
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := []FileInfo{}
	for _, e := range entries {
		if info, ierr := e.Info(); ierr == nil {
			infos = append(infos, info)
		}
	}
	return infos, err
}

func fileRead(fd int, b []byte, off int64) (n int, eof bool, errno int)
func write(fd int, b []byte) (n int, errno int)
func writeString(fd int, s string) (n int, errno int)
func fileWriteAt(fd int, b []byte, off int64) (n int, errno int)
func fileSeek(fd int, offset int64, whence int) (int64, int)
func fileTruncate(fd int, size int64) int
func fileClose(fd int) int
func fdStat(fd int) (size int64, mode uint32, mtime int64, errno int)
func fileReadDir(fd int, n int) (names []string, types []uint32, errno int)
func openFile(name string, flag int, perm uint32) (fd int, errno int)
func stat(name string, follow bool) (size int64, mode uint32, mtime int64, errno int)
func readDir(name string) (names []string, types []uint32, errno int)
func remove(name string) int
func removeAll(name string) int
func mkdir(name string, perm uint32) int
func rename(oldpath, newpath string) int
func getwd() string
func randomName() string

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := openFile(name, flag, uint32(perm.Perm()))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(errno)}
	}
	return &File{fd: fd, name: name}, nil
}

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// fileStat is the FileInfo Stat, Lstat and File.Stat return.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     any
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return fs.sys }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func statOf(op, name string, follow bool) (FileInfo, error) {
	size, mode, mtime, errno := stat(name, follow)
	if errno != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errnoErr(errno)}
	}
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), modTime: time.Unix(0, mtime)}, nil
}

func Stat(name string) (FileInfo, error) { return statOf("stat", name, true) }

func Lstat(name string) (FileInfo, error) { return statOf("lstat", name, false) }

// dirEntry is the DirEntry ReadDir returns.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.typ }
func (d *dirEntry) Info() (FileInfo, error)    { return Lstat(d.parent + "/" + d.name) }
func (d *dirEntry) String() string {
	s := d.typ.String()[:1] + " " + d.name
	if d.IsDir() {
		s += "/"
	}
	return s
}

func dirEntries(parent string, names []string, types []uint32) []DirEntry {
	out := make([]DirEntry, len(names))
	for i, n := range names {
		out[i] = &dirEntry{parent, n, FileMode(types[i])}
	}
	return out
}

// ReadDir reads the named directory, returning its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, types, errno := readDir(name)
	if errno != 0 {
		return []DirEntry{}, &PathError{Op: "open", Path: name, Err: errnoErr(errno)}
	}
	return dirEntries(name, names, types), nil
}

func Remove(name string) error {
	if errno := remove(name); errno != 0 {
		return &PathError{Op: "remove", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if errno := removeAll(path); errno != 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(errno)}
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm.Perm())); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(errno)}
	}
	return nil
}

func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

func Rename(oldpath, newpath string) error {
	if errno := rename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(errno)}
	}
	return nil
}

func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func Getwd() (dir string, err error) { return getwd(), nil }

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new temporary directory in dir (TempDir when empty).
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + randomName() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return "", err
	}
}

// CreateTemp creates a new temporary file in dir (TempDir when empty), opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + randomName() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// Exit ends the program at once with the given status; deferred functions do not run.
func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func setenv(key, value string) bool

// Setenv sets an environment variable of this program (the process's own is not changed).
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	return nil
}

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

func Clearenv()

func Environ() []string

// Expand replaces ${var} or $var in s by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: eat the characters.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name after a $ and how many bytes it used.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

func Hostname() (name string, err error) { return "gosub", nil }

func Getpid() int { return 1 }
