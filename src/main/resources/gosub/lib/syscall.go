// Package syscall, as gosub provides it: the error numbers the file functions report.
package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition (Linux numbering).
type Errno uintptr

const (
	EPERM     = Errno(0x1)
	ENOENT    = Errno(0x2)
	EIO       = Errno(0x5)
	EBADF     = Errno(0x9)
	EACCES    = Errno(0xd)
	EEXIST    = Errno(0x11)
	ENOTDIR   = Errno(0x14)
	EISDIR    = Errno(0x15)
	EINVAL    = Errno(0x16)
	ENOSPC    = Errno(0x1c)
	ENOTEMPTY = Errno(0x27)
)

func (e Errno) Error() string {
	switch e {
	case EPERM:
		return "operation not permitted"
	case ENOENT:
		return "no such file or directory"
	case EIO:
		return "input/output error"
	case EBADF:
		return "bad file descriptor"
	case EACCES:
		return "permission denied"
	case EEXIST:
		return "file exists"
	case ENOTDIR:
		return "not a directory"
	case EISDIR:
		return "is a directory"
	case EINVAL:
		return "invalid argument"
	case ENOSPC:
		return "no space left on device"
	case ENOTEMPTY:
		return "directory not empty"
	}
	return "errno " + itoa(int(e))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool { return e.Timeout() }

func (e Errno) Timeout() bool { return false }
