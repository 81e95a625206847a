// Package container/ring, as gosub provides it: circular doubly linked lists. A ring has no
// head; any element stands for the whole ring. The zero Ring is a ring of one element, so
// every method first closes an unlinked element on itself.
package ring

// Ring is one element of a circular list.
type Ring struct {
	next, prev *Ring
	Value      any
}

// closeSelf makes an element whose links were never set into a ring of one.
func (r *Ring) closeSelf() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next returns the following element.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.closeSelf()
	}
	return r.next
}

// Prev returns the preceding element.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.closeSelf()
	}
	return r.prev
}

// Move walks n elements forward (n > 0) or -n backward (n < 0) and returns where it stops.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.closeSelf()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// New returns a ring of n elements with nil values, or nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for made := 1; made < n; made++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link joins r and s so that s follows r, and returns the element that followed r before.
// When r and s are in different rings the result is one ring (s's ring spliced in after r);
// when they are in the same ring, the elements strictly between r and s are cut out and
// form the returned ring.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		beforeS := s.Prev()
		// Four links change: r -> s, and the old successor of r now follows s's old predecessor.
		r.next, s.prev = s, r
		beforeS.next, after.prev = after, beforeS
	}
	return after
}

// Unlink removes the n elements after r (n modulo the ring's length) and returns them as a
// ring; nil when n <= 0.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements, in time proportional to them; a nil ring has none.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for e := r.Next(); e != r; e = e.next {
		count++
	}
	return count
}

// Do calls f with each element's value, starting at r and going forward.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for e := r.Next(); e != r; e = e.next {
		f(e.Value)
	}
}
