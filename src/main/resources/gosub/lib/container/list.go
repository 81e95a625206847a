// Package container/list, as gosub provides it: a doubly linked list. Each List owns a
// sentinel element (root) that closes the ring of links, so inserting and unlinking never
// special-case the ends; the zero List becomes usable the first time something is added.
package list

// Element is one node of a List.
type Element struct {
	next, prev *Element
	list       *List // nil once removed; guards every operation against foreign elements
	Value      any
}

// Next returns the element after e, or nil at the back (or when e is not in a list).
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil at the front (or when e is not in a list).
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list; its zero value is an empty list ready to use.
type List struct {
	root Element // root.next is the front, root.prev the back
	len  int
}

// Init empties l. Elements that were in l are not told (Go's documented behaviour keeps them
// pointing at l).
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

// Len is the number of elements, in constant time.
func (l *List) Len() int { return l.len }

// Front returns the first element or nil.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element or nil.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// ready makes a zero List usable: its root must point at itself.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// spliceAfter links the free element e right after pos and makes l its owner.
func (l *List) spliceAfter(e, pos *Element) *Element {
	after := pos.next
	e.prev, e.next = pos, after
	pos.next = e
	after.prev = e
	e.list = l
	l.len++
	return e
}

// detach unlinks e from l and clears its links, so a stale Next/Prev returns nil.
func (l *List) detach(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relocate moves e (in l) to just after pos (in l).
func (l *List) relocate(e, pos *Element) {
	if e == pos {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	after := pos.next
	e.prev, e.next = pos, after
	pos.next = e
	after.prev = e
}

// Remove takes e out of l if it is there, and returns its value either way.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.detach(e)
	}
	return e.Value
}

// PushFront adds v at the front.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.spliceAfter(&Element{Value: v}, &l.root)
}

// PushBack adds v at the back.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.spliceAfter(&Element{Value: v}, l.root.prev)
}

// InsertBefore adds v before mark; it returns nil and does nothing if mark is not in l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.spliceAfter(&Element{Value: v}, mark.prev)
}

// InsertAfter adds v after mark; it returns nil and does nothing if mark is not in l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.spliceAfter(&Element{Value: v}, mark)
}

// MoveToFront moves e to the front; no-op when e is foreign or already there.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relocate(e, &l.root)
}

// MoveToBack moves e to the back; no-op when e is foreign or already there.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relocate(e, l.root.prev)
}

// MoveBefore moves e just before mark; no-op unless both are in l and distinct.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || mark.list != l || e == mark {
		return
	}
	l.relocate(e, mark.prev)
}

// MoveAfter moves e just after mark; no-op unless both are in l and distinct.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || mark.list != l || e == mark {
		return
	}
	l.relocate(e, mark)
}

// PushBackList appends copies of other's values. The count is taken first, so other may be l.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for left := other.Len(); left > 0; left-- {
		l.spliceAfter(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values, keeping their order; other may be l.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for left := other.Len(); left > 0; left-- {
		l.spliceAfter(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
