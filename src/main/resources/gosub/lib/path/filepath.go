// Package path/filepath for a Unix system: its lexical functions are those of package path;
// the walks and globs read the file system through os.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern is the error of Match and Glob for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

var SkipDir error = fs.SkipDir
var SkipAll error = fs.SkipAll

type WalkFunc func(path string, info fs.FileInfo, err error) error

func Clean(p string) string                 { return path.Clean(p) }
func Split(p string) (dir, file string)     { return path.Split(p) }
func Join(elem ...string) string            { return path.Join(elem...) }
func Ext(p string) string                   { return path.Ext(p) }
func Base(p string) string                  { return path.Base(p) }
func Dir(p string) string                   { return path.Dir(p) }
func IsAbs(p string) bool                   { return path.IsAbs(p) }
func ToSlash(p string) string               { return p }
func FromSlash(p string) string             { return p }
func VolumeName(p string) string            { return "" }
func HasPrefix(p, prefix string) bool       { return strings.HasPrefix(p, prefix) }
func IsLocal(p string) bool                 { return p != "" && !IsAbs(p) && !strings.HasPrefix(Clean(p), "..") }
func EvalSymlinks(p string) (string, error) { _, err := os.Lstat(p); return Clean(p), err }

func Match(pattern, name string) (bool, error) {
	ok, err := path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return ok, nil
}

// SplitList splits a list of paths joined by ListSeparator; "" is the empty list.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that joined to base names the same file as target.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	b, t := elements(base), elements(targ)
	common := 0
	for common < len(b) && common < len(t) && b[common] == t[common] {
		common++
	}
	var up []string
	for _, e := range b[common:] {
		if e == ".." {
			return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
		}
		up = append(up, "..")
	}
	return strings.Join(append(up, t[common:]...), "/"), nil
}

// elements of a clean path: none for "." and "/".
func elements(clean string) []string {
	clean = strings.TrimPrefix(clean, "/")
	if clean == "" || clean == "." {
		return nil
	}
	return strings.Split(clean, "/")
}

// WalkDir calls fn for root and everything below it, in lexical order; fn's SkipDir skips a
// directory (or the rest of the directory holding a file), SkipAll ends the walk.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(p, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// Told once more, with the error: fn may skip the directory or stop.
		if err = fn(p, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}

// Walk is WalkDir with an fs.FileInfo for each file.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, readErr := dirNames(p)
	if err := fn(p, info, readErr); err != nil || readErr != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		ci, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, ci, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(child, ci, fn); err != nil && !(err == SkipDir && ci.IsDir()) {
			return err
		}
	}
	return nil
}

func dirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names, err
}

// Glob returns the names of the files matching pattern, in lexical order per directory;
// nil when there is none.
func Glob(pattern string) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

func globIn(dir, pattern string, matches []string) ([]string, error) {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return matches, nil
	}
	names, _ := dirNames(dir)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
